/* saldo report: section g, municipalities coloured by a chosen figure (polygons or centroid dots). */
(function (S) {
  'use strict';
  var D = S.D, t = S.t, M = D.map;
  var SUPPRESSED = '#aab1ba';
  var FIGURES = [
    { id: 'net_pct_lower', table: 'migration', group: 'lower', field: 'net_pct_per_year', pct: true },
    { id: 'net_pct_higher', table: 'migration', group: 'higher_incl_students', field: 'net_pct_per_year', pct: true },
    { id: 'net_pct_total', table: 'migration', group: 'total', field: 'net_pct_per_year', pct: true },
    { id: 'net_total', table: 'migration', group: 'total', field: 'net', pct: false },
    { id: 'change_pct_total', table: 'stocks', group: 'total', field: 'change_pct_per_year', pct: true },
    { id: 'share_end_lower', table: 'stocks', group: 'lower', field: 'share_end_pct', pct: true }];

  function figureLabel(f) { return S.groupLabel(f.group) + ': ' + t('col.' + f.field); }
  function format(f, v) { return f.pct ? S.pct(v) : S.count(v); }

  var mapLayer = 'gemeente';

  /** Per municipality the figure of the unit it belongs to in the chosen layer (units dissolved from municipalities). */
  function values(f) {
    var members = (M.members || {})[mapLayer];
    return S.parts.units('gemeente').map(function (u) {
      var unit = mapLayer === 'gemeente' ? u.code : members && members[u.code];
      var r = unit ? (f.table === 'migration' ? S.migration : S.stocks)[mapLayer + '|' + unit + '|' + f.group] : null;
      return { code: u.code, name: mapLayer === 'gemeente' ? u.name : S.unitName(mapLayer, unit) + ' (' + u.name + ')', unit: unit,
        value: r ? r[f.field] : null };
    });
  }

  /** The units of the chosen layer with their figure, for the table beside the map. */
  function unitRows(f, list) {
    if (mapLayer === 'gemeente') { return list.map(function (x) { return [x.code, x.name, format(f, x.value)]; }); }
    var seen = {};
    return list.filter(function (x) { if (!x.unit || seen[x.unit]) { return false; } seen[x.unit] = true; return true; })
      .map(function (x) { return [x.unit, S.unitName(mapLayer, x.unit), format(f, x.value)]; });
  }

  function mapLayers() {
    return ['gemeente'].concat(Object.keys(M.members || {}).filter(function (l) { return S.layer(l); }));
  }

  function visual(f, list) {
    var v = list.map(function (x) { return x.value; }).filter(function (x) { return x !== null && x !== undefined; });
    var m = Math.max.apply(null, v.map(Math.abs).concat([f.pct ? 0.01 : 1]));
    var diverging = f.field !== 'share_end_pct';
    var lo = diverging ? -m : Math.min.apply(null, v.concat([0])), step = (m - lo) / 5;
    var colors = diverging ? ['#b2182b', '#ef8a62', '#f7f7f7', '#67a9cf', '#2166ac'] : ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
    var pieces = colors.map(function (c, i) {
      var a = lo + i * step, b = i === 4 ? m : lo + (i + 1) * step;
      return { gte: a, lt: i === 4 ? b + 1e-9 : b, color: c, label: format(f, a) + ' – ' + format(f, b) };
    }).reverse();
    pieces.push({ value: '-', color: SUPPRESSED, label: t('ui.suppressed') });
    return { type: 'piecewise', pieces: pieces, right: 10, top: 10, itemGap: 6, textStyle: { fontSize: 11 } };
  }

  function bounds(features) {
    var box = [180, 90, -180, -90];
    features.forEach(function (ft) {
      JSON.stringify(ft.geometry.coordinates).replace(/\[(-?[\d.]+),(-?[\d.]+)\]/g, function (m, lon, lat) {
        box = [Math.min(box[0], +lon), Math.min(box[1], +lat), Math.max(box[2], +lon), Math.max(box[3], +lat)];
        return m;
      });
    });
    return box;
  }

  /** The study's municipalities and their neighbours (within a margin), so that the study fills the frame. */
  function aroundStudy(list) {
    var codes = {}, margin = 0.15;
    list.forEach(function (x) { codes[x.code] = true; });
    var study = bounds(M.features.features.filter(function (ft) { return codes[ft.properties.code]; }));
    if (study[0] > study[2]) { return M.features; }
    var near = M.features.features.filter(function (ft) {
      var b = bounds([ft]);
      return b[0] < study[2] + margin && b[2] > study[0] - margin && b[1] < study[3] + margin && b[3] > study[1] - margin;
    });
    return { type: 'FeatureCollection', features: near };
  }

  function polygonOption(f, list) {
    return { tooltip: { trigger: 'item', formatter: function (p) { var x = list.filter(function (u) { return u.code === p.name; })[0]; return x ? x.name + ': ' + format(f, x.value) : p.name; } },
      visualMap: visual(f, list),
      series: [Object.assign({}, { type: 'map', map: 'saldo-gemeenten', nameProperty: 'code', roam: true, itemStyle: { borderColor: '#fff', borderWidth: 0.4, areaColor: '#e5e7e9' },
        emphasis: { label: { show: false } }, data: list.map(function (x) {
          return x.value === null || x.value === undefined ? { name: x.code, value: '-', itemStyle: { areaColor: SUPPRESSED } } : { name: x.code, value: x.value,
            itemStyle: mapLayer === 'gemeente' ? undefined : { borderColor: 'rgba(255,255,255,0.25)' } };
        }) })] };
  }

  function dotOption(f, list) {
    var where = {};
    M.points.forEach(function (p) { where[p.code] = p; });
    var data = list.filter(function (x) { return where[x.code] && x.value !== null && x.value !== undefined; })
      .map(function (x) { return { name: x.name, value: [where[x.code].lon, where[x.code].lat, x.value] }; });
    var suppressed = list.filter(function (x) { return where[x.code] && (x.value === null || x.value === undefined); })
      .map(function (x) { return { name: x.name, value: [where[x.code].lon, where[x.code].lat] }; });
    var lats = data.map(function (d) { return d.value[1]; }), mid = lats.length ? (Math.min.apply(null, lats) + Math.max.apply(null, lats)) / 2 : 52;
    return { tooltip: { trigger: 'item', formatter: function (p) { return p.name + ': ' + format(f, p.value[2]); } },
      visualMap: Object.assign(visual(f, list), { dimension: 2, seriesIndex: 0 }),
      grid: { left: 60, right: 110, top: 20, bottom: 30 },
      xAxis: { type: 'value', scale: true, name: '°E', axisLabel: { formatter: function (v) { return S.decimal(v, 1); } } },
      yAxis: { type: 'value', scale: true, name: '°N', axisLabel: { formatter: function (v) { return S.decimal(v, 1); } } },
      series: [{ type: 'scatter', data: data, symbolSize: 14, itemStyle: { borderColor: '#555', borderWidth: 0.5 } },
        { type: 'scatter', data: suppressed, symbolSize: 10, itemStyle: { color: SUPPRESSED }, tooltip: { formatter: function (p) { return p.name + ': ' + t('ui.suppressed'); } } }],
      aspectNote: Math.cos(mid * Math.PI / 180) };
  }

  function sectionG() {
    var s = S.section('sec-g', 'section.g', t('section.g.intro'));
    if (!S.layer('gemeente')) { s.node.appendChild(S.el('p', { class: 'note', text: t('ui.no.data') })); return; }
    if (M.kind === 'polygons') { echarts.registerMap('saldo-gemeenten', aroundStudy(values(FIGURES[0]))); }
    var p = S.panel(s.node, true), figure = FIGURES[0];
    function draw() {
      var list = values(figure);
      var option = M.kind === 'polygons' ? polygonOption(figure, list) : dotOption(figure, list);
      delete option.aspectNote;
      p.draw(option, S.table([t('col.unit'), t('col.unit_name'), figureLabel(figure)], unitRows(figure, list), [0, 0, 1]));
    }
    if (M.kind === 'polygons' && mapLayers().length > 1) {
      s.controls.appendChild(S.layerSelect(mapLayer, function (code) { mapLayer = code; draw(); },
        function (code) { return mapLayers().indexOf(code) >= 0; }).node);
    }
    s.controls.appendChild(S.select(t('ui.figure'), FIGURES.map(function (f) { return { value: f.id, label: figureLabel(f) }; }), figure.id,
      function (id) { figure = FIGURES.filter(function (f) { return f.id === id; })[0]; draw(); }).node);
    draw();
    var notes = [t('section.g.suppressed'), M.kind === 'dots' ? t('section.g.dots') : t('map.source', M.source)];
    if (M.kind === 'dots') { notes.push(t('map.source', M.source)); }
    if (M.missing.length) { notes.push(t('section.g.missing', M.missing.join(', '))); }
    notes.forEach(function (n) { s.node.appendChild(S.el('p', { class: 'note', text: n })); });
  }

  S.sectionG = sectionG;
})(Saldo);
