/*
 * Draws a chart above every table marked data-chart="line|bar", from the table's own cells. The table
 * stays on the page: it is what screen readers and browsers without JavaScript read, so the canvas is
 * hidden from assistive technology. Labels: the first cell of each body row. Series: the header cells
 * marked data-series, their values taken from data-value (plain numbers, whatever the page's language).
 * Optional: data-axis="y" for horizontal bars, data-max for the value axis' maximum.
 */
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var COLOURS = ['#a4161a', '#0a58ca', '#1a7f37', '#9a6700'];

  function draw(table) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body || body.rows.length === 0) {
      return;
    }
    var series = [];
    Array.prototype.forEach.call(head.cells, function (cell, index) {
      if (cell.hasAttribute('data-series')) {
        series.push({ label: cell.textContent.trim(), index: index, data: [] });
      }
    });
    var labels = [];
    Array.prototype.forEach.call(body.rows, function (row) {
      labels.push(row.cells[0].textContent.trim());
      series.forEach(function (s) {
        var cell = row.cells[s.index];
        var value = cell ? cell.getAttribute('data-value') : null;
        s.data.push(value === null || value === '' ? null : Number(value));
      });
    });
    var horizontal = table.getAttribute('data-axis') === 'y';
    var box = document.createElement('div');
    box.className = horizontal ? 'chart chart-bars' : 'chart';
    if (horizontal) {
      // One bar a row: the box grows with the ranking (a CSS class per size keeps styles out of the markup).
      box.classList.add('rows-' + Math.min(40, Math.ceil(labels.length / 5) * 5));
    }
    var canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.setAttribute('data-chart-for', table.id || (table.caption ? table.caption.id : ''));
    box.appendChild(canvas);
    var region = table.closest('.table-wrap') || table;
    region.parentNode.insertBefore(box, region);
    var max = table.getAttribute('data-max');
    var valueAxis = { beginAtZero: true };
    if (max) {
      valueAxis.suggestedMax = Number(max);
    }
    new window.Chart(canvas, {
      type: table.getAttribute('data-chart') === 'bar' ? 'bar' : 'line',
      data: {
        labels: labels,
        datasets: series.map(function (s, k) {
          var colour = COLOURS[k % COLOURS.length];
          return { label: s.label, data: s.data, borderColor: colour, backgroundColor: colour, spanGaps: true };
        })
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: series.length > 1 } },
        scales: horizontal ? { x: valueAxis } : { y: valueAxis }
      }
    });
    box.setAttribute('data-drawn', 'true');
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
