/* saldo report: helpers shared by the sections (formatting, indexes, controls, chart panels). */
var Saldo = (function () {
  'use strict';
  var D = window.SALDO;
  var charts = [];

  function t(key) {
    var text = D.texts[key];
    if (text === undefined) { return key; }
    for (var i = 1; i < arguments.length; i++) { text = text.split('{' + (i - 1) + '}').join(String(arguments[i])); }
    return text;
  }

  function group(i, count) {
    var s = String(Math.abs(Math.round(i))), out = '';
    while (s.length > 3) { out = (D.lang === 'nl' ? '.' : ',') + s.slice(-3) + out; s = s.slice(0, -3); }
    return s + out;
  }

  function count(v) {
    if (v === null || v === undefined) { return '–'; }
    return (v < 0 ? '-' : '') + group(v);
  }

  function decimal(v, decimals) {
    if (v === null || v === undefined || v === '') { return '–'; }
    var fixed = Math.abs(v).toFixed(decimals === undefined ? 2 : decimals).split('.');
    var text = group(Number(fixed[0])) + (fixed[1] ? (D.lang === 'nl' ? ',' : '.') + fixed[1] : '');
    return (v < 0 && /[1-9]/.test(text) ? '-' : '') + text;
  }

  function pct(v, decimals) {
    return v === null || v === undefined ? '–' : decimal(v, decimals) + '%';
  }

  function index(rows, fields) {
    var byKey = {};
    rows.forEach(function (r) {
      var o = {};
      fields.forEach(function (f, i) { o[f] = r[i]; });
      byKey[o.layer + '|' + (o.unit || o.origin + '>' + o.destination) + '|' + o.group] = o;
    });
    return byKey;
  }

  var stocks = index(D.stocks, ['layer', 'unit', 'group', 'pop_start', 'pop_end', 'change', 'change_pct_per_year',
    'share_start_pct', 'share_end_pct', 'share_change_pp']);
  var migration = index(D.migration, ['layer', 'unit', 'group', 'in_movers', 'out_movers', 'net', 'net_pct_per_year',
    'net_share_of_change_pct', 'effect']);
  var od = index(D.od, ['layer', 'origin', 'destination', 'group', 'moves']);

  function layer(code) {
    return D.layers.filter(function (l) { return l.code === code; })[0];
  }

  function layerCodes() { return D.layers.map(function (l) { return l.code; }); }

  function preferredLayer(order) {
    var codes = layerCodes();
    return order.filter(function (c) { return codes.indexOf(c) >= 0; })[0] || codes[0];
  }

  function unitName(layerCode, unit) {
    if (unit === 'rest') { return t('unit.rest'); }
    var l = layer(layerCode), u = l && l.units.filter(function (x) { return x.code === unit; })[0];
    return u ? u.name : unit;
  }

  /** The unit's name inside a sentence ("de Veenkoloniën"). */
  function unitText(layerCode, unit) {
    if (unit === 'rest') { return t('unit.rest'); }
    var l = layer(layerCode), u = l && l.units.filter(function (x) { return x.code === unit; })[0];
    return u ? (u.text || u.name) : unit;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else if (k === 'onchange' || k === 'onclick') { node[k] = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }

  function select(label, options, value, onchange) {
    var s = el('select', { onchange: function () { onchange(s.value); } },
      options.map(function (o) { var opt = el('option', { value: o.value, text: o.label }); if (o.value === value) { opt.selected = true; } return opt; }));
    return { node: el('label', { text: label }, [s]), select: s };
  }

  function layerSelect(value, onchange, filter) {
    var options = D.layers.filter(function (l) { return !filter || filter(l.code); })
      .map(function (l) { return { value: l.code, label: l.label }; });
    return select(t('ui.layer'), options, value, onchange);
  }

  function table(headers, rows, numeric) {
    var head = el('tr', {}, headers.map(function (h) { return el('th', { text: h }); }));
    var body = rows.map(function (r) {
      return el('tr', {}, r.map(function (v, i) { return el('td', { text: v, class: numeric && numeric[i] ? 'num' : '' }); }));
    });
    return el('div', { class: 'table-wrap' }, [el('table', {}, [el('thead', {}, [head]), el('tbody', {}, body)])]);
  }

  /** A chart with its table one click away. render(chart, tableHost) draws both. */
  function panel(host, tall) {
    var chartNode = el('div', { class: 'chart' + (tall ? ' tall' : '') });
    var tableNode = el('div', { class: 'table-host hidden' });
    var toggle = el('button', { class: 'toggle', type: 'button', text: t('ui.show.table') });
    toggle.onclick = function () {
      var showTable = tableNode.classList.contains('hidden');
      tableNode.classList.toggle('hidden', !showTable);
      chartNode.classList.toggle('hidden', showTable);
      toggle.textContent = t(showTable ? 'ui.show.chart' : 'ui.show.table');
      if (!showTable) { chart.resize(); }
    };
    var wrap = el('div', { class: 'panel' }, [toggle, chartNode, tableNode]);
    host.appendChild(wrap);
    var chart = echarts.init(chartNode, null, { renderer: 'svg' });
    charts.push(chart);
    return {
      draw: function (option, tableNodeContent) {
        chart.clear();
        chart.setOption(Object.assign({ animation: false, textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif' } }, option), true);
        tableNode.innerHTML = '';
        tableNode.appendChild(tableNodeContent);
      },
      chart: chart
    };
  }

  function section(id, titleKey, intro) {
    var controls = el('div', { class: 'controls' });
    var node = el('section', { id: id }, [el('h2', { text: t(titleKey) }), el('p', { class: 'intro', text: intro }), controls]);
    document.getElementById('report').appendChild(node);
    var item = el('li', {}, [el('a', { href: '#' + id, text: t(titleKey) })]);
    document.querySelector('#contents ol').appendChild(item);
    return { node: node, controls: controls };
  }

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  // print: every chart redrawn at the width of an A4 page (180 mm less the section's padding)
  var PRINT_WIDTH = 620;
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (c) {
      var node = c.getDom();
      // drawn at once: the printer takes the page before the next animation frame
      if (node.offsetWidth > PRINT_WIDTH) { c.resize({ width: PRINT_WIDTH }); c.getZr().flush(); }
    });
  });
  window.addEventListener('afterprint', function () { charts.forEach(function (c) { c.resize({ width: 'auto', height: 'auto' }); c.getZr().flush(); }); });

  var groupColors = { lt101: '#c0392b', '101_150': '#e67e22', ge150: '#2471a3', student: '#7fb3d5', other: '#b3b6b7',
    lower: '#d35400', higher_incl_students: '#1f618d', total: '#34495e' };

  return { D: D, t: t, count: count, decimal: decimal, pct: pct, stocks: stocks, migration: migration, od: od,
    layer: layer, layerCodes: layerCodes, preferredLayer: preferredLayer, unitName: unitName, unitText: unitText, el: el, select: select,
    layerSelect: layerSelect, table: table, panel: panel, section: section, groupColors: groupColors, charts: charts,
    groupLabel: function (g) { return D.groupLabels[g] || g; } };
})();
