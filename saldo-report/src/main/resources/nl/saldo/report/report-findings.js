/* saldo report: the key findings at the top (per area type and the study total), drawn first. */
(function (S) {
  'use strict';
  var D = S.D, t = S.t;
  var host = document.getElementById('key-findings');
  var rows = D.findings || [];
  if (!host || !rows.length) { if (host) { host.remove(); } return; }

  function points(v) { return v === null || v === undefined ? '–' : (v > 0 ? '+' : '') + S.decimal(v, 2); }
  function rate(v) { return v === null || v === undefined ? '–' : (v > 0 ? '+' : '') + S.pct(v); }
  var study = rows.filter(function (r) { return r.layer === 'study'; })[0];

  host.appendChild(S.el('h2', { text: t('findings.title') }));
  host.appendChild(S.el('p', { class: 'intro', text: t('findings.intro', D.study.startYear, D.study.endYear, D.study.windowStartYear,
    D.study.windowEndYear, study ? S.unitText('study', study.unit) : '') }));
  var table = S.table([t('col.unit_name'), t('col.share_change_lower'), t('col.net_lower'), t('col.net_higher')],
    rows.map(function (r) { return [r.name, points(r.share), rate(r.lower), rate(r.higher)]; }), [0, 1, 1, 1]);
  table.classList.add('findings-table');
  host.appendChild(table);
  var verdicts = S.el('ul', { class: 'verdicts' });
  rows.forEach(function (r) { verdicts.appendChild(S.el('li', {}, [S.el('strong', { text: r.name + ': ' }), document.createTextNode(r.verdict)])); });
  host.appendChild(verdicts);

  // the central measure as bars with their values, the study total set apart in grey
  var chartNode = S.el('div', { class: 'chart findings-chart' });
  host.appendChild(chartNode);
  var chart = echarts.init(chartNode, null, { renderer: 'svg' });
  S.charts.push(chart);
  chart.setOption({ animation: false, textStyle: { fontFamily: 'DejaVu Sans, Arial, sans-serif' },
    title: { text: t('findings.chart'), left: 0, textStyle: { fontSize: 13 } },
    grid: { left: 10, right: 30, top: 40, bottom: 10, containLabel: true },
    xAxis: { type: 'category', data: rows.map(function (r) { return r.name; }), axisLabel: { interval: 0, fontSize: 11, width: 120, overflow: 'break' } },
    yAxis: { type: 'value', axisLabel: { formatter: function (v) { return S.decimal(v, 1); } } },
    series: [{ type: 'bar', barMaxWidth: 60, data: rows.map(function (r) {
      return { value: r.share, itemStyle: { color: r.layer === 'study' ? '#7b7d7d' : (r.share > 0 ? '#c0392b' : '#2471a3') } };
    }), label: { show: true, position: 'top', formatter: function (p) { return points(p.value); } } }] });
  window.addEventListener('resize', function () { chart.resize(); });
})(Saldo);
