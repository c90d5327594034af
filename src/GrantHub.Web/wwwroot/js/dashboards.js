/*
 * GrantHub dashboards: draws each <canvas data-chart-source="ID"> from the JSON in <script type="application/json" id="ID">
 * with Chart.js (served from /lib/chartjs). The numbers are also in the table under each chart: the table is the truth,
 * the chart its picture. No inline script is needed on the page (CSP-friendly).
 */
(function () {
    'use strict';
    if (typeof window.Chart === 'undefined') return;
    var Chart = window.Chart;

    // The same colour for the same meaning on every dashboard.
    var palette = {
        blue: '#0d6efd', teal: '#20c997', green: '#198754', orange: '#fd7e14', red: '#dc3545',
        grey: '#adb5bd', purple: '#6f42c1', cyan: '#0dcaf0', yellow: '#ffc107', indigo: '#6610f2'
    };
    var lang = document.documentElement.lang || 'zh-CN';
    var count = new Intl.NumberFormat(lang);
    var money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });

    Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = 12;
    Chart.defaults.color = '#495057';
    Chart.defaults.animation = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : Chart.defaults.animation;

    function colour(name) { return palette[name] || palette.blue; }

    function alpha(hex, a) {
        var n = parseInt(hex.slice(1), 16);
        return 'rgba(' + ((n >> 16) & 255) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
    }

    // Long names on an axis become several short lines. Widths are counted in Latin letters: a Chinese character
    // counts two, whatever the page's language (an English page still shows Chinese edition names).
    function charWidth(ch) { return /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 2 : 1; }

    function textWidth(text) {
        var w = 0;
        for (var i = 0; i < text.length; i++) w += charWidth(text[i]);
        return w;
    }

    function wrap(label, max) {
        label = String(label);
        if (textWidth(label) <= max) return label;
        var lines = [];
        var line = '';
        if (/\s/.test(label)) {
            label.split(/\s+/).forEach(function (word) {
                if (line && textWidth(line + ' ' + word) > max) { lines.push(line); line = word; }
                else { line = line ? line + ' ' + word : word; }
            });
        } else {
            var w = 0;
            for (var i = 0; i < label.length; i++) {
                var cw = charWidth(label[i]);
                if (line && w + cw > max) { lines.push(line); line = ''; w = 0; }
                line += label[i];
                w += cw;
            }
        }
        if (line) lines.push(line);
        if (lines.length > 3) { lines = lines.slice(0, 3); lines[2] = lines[2].slice(0, Math.max(1, lines[2].length - 1)) + '…'; }
        return lines;
    }

    function formatValue(spec, v) { return spec.money ? money.format(v) : count.format(v); }

    function tick(spec) {
        return function (value) {
            if (spec.money) return '¥' + compact.format(value);
            return Number.isInteger(value) ? count.format(value) : '';
        };
    }

    function draw(canvas) {
        var source = document.getElementById(canvas.getAttribute('data-chart-source'));
        if (!source) return;
        var spec = JSON.parse(source.textContent);
        var box = canvas.parentElement;
        var narrow = box.clientWidth < 520;
        var doughnut = spec.type === 'doughnut';
        var line = spec.type === 'line';
        if (spec.horizontal) {
            var rows = spec.labels.length * Math.max(1, spec.datasets.length);
            box.style.height = Math.max(220, 60 + rows * (narrow ? 16 : 18) + spec.labels.length * 10) + 'px';
        }
        // Years and months ("2026", "2026-07") are never broken: Chart.js skips some when they do not fit.
        var numeric = spec.labels.every(function (l) { return /^[\d\s\-\/.]+$/.test(String(l)); });
        var labels = doughnut || numeric ? spec.labels : spec.labels.map(function (l) {
            return wrap(l, spec.horizontal ? 16 : (narrow ? 10 : 16));
        });
        var datasets = spec.datasets.map(function (s) {
            var c = colour(s.color);
            if (doughnut) {
                var slices = (spec.colors || []).map(colour);
                return { label: s.label, data: s.data, backgroundColor: slices, borderColor: '#fff', borderWidth: 2 };
            }
            var d = { label: s.label, data: s.data, backgroundColor: line ? alpha(c, 0.15) : c, borderColor: c };
            if (line) { d.fill = true; d.tension = 0.3; d.pointRadius = 3; d.borderWidth = 2; }
            else { d.borderRadius = 3; d.maxBarThickness = 36; }
            if (s.stack) d.stack = s.stack;
            return d;
        });
        var options = {
            responsive: true,
            maintainAspectRatio: false,
            locale: lang,
            plugins: {
                legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12, padding: narrow ? 8 : 12 } },
                tooltip: {
                    callbacks: {
                        label: function (ctx) {
                            var v = doughnut ? ctx.parsed : (spec.horizontal ? ctx.parsed.x : ctx.parsed.y);
                            return (doughnut ? ctx.label : ctx.dataset.label) + ': ' + formatValue(spec, v);
                        }
                    }
                }
            }
        };
        if (!doughnut) {
            var valueAxis = { beginAtZero: true, stacked: !!spec.stacked, ticks: { callback: tick(spec), precision: spec.money ? undefined : 0 } };
            var categoryAxis = { stacked: !!spec.stacked, ticks: { autoSkip: numeric, maxRotation: 0, minRotation: 0 }, grid: { display: false } };
            options.indexAxis = spec.horizontal ? 'y' : 'x';
            options.scales = spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis };
        } else {
            options.cutout = '55%';
        }
        new Chart(canvas, { type: doughnut ? 'doughnut' : (line ? 'line' : 'bar'), data: { labels: labels, datasets: datasets }, options: options });
        canvas.setAttribute('data-rendered', 'true');
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart-source]'), function (canvas) {
            try { draw(canvas); } catch (e) { if (window.console) window.console.error(e); }
        });
        // Filters apply as soon as a value is chosen; the button stays for keyboards and for pages without script.
        // Empty choices are left out of the address, so that it reads /bureau?year=2025 rather than ...&center=&category=.
        Array.prototype.forEach.call(document.querySelectorAll('form.dashboard-filter'), function (form) {
            form.addEventListener('submit', function () { leaveOutEmpty(form); });
            Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
                select.addEventListener('change', function () { leaveOutEmpty(form); form.submit(); });
            });
        });
    }

    function leaveOutEmpty(form) {
        Array.prototype.forEach.call(form.querySelectorAll('select, input'), function (field) {
            if (field.name && field.value === '') field.disabled = true;
        });
    }

    // Coming back to the page (history), the fields are usable again.
    window.addEventListener('pageshow', function () {
        Array.prototype.forEach.call(document.querySelectorAll('form.dashboard-filter [disabled]'), function (field) { field.disabled = false; });
    });

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
})();
