// seismo overview: events-per-day chart (uPlot, stacked by type) and the events map
// (Leaflet over the world-atlas Natural Earth countries, no tiles). Data comes from the
// page's JSON blocks; every label is set as text, never as HTML.
(function () {
  "use strict";

  var PALETTE = ["#b3261e", "#1f5fa8", "#2e7d32", "#f0b429", "#6a1b9a", "#00838f", "#ef6c00",
    "#5d4037", "#c2185b", "#455a64", "#7cb342", "#3949ab"];

  function readJSON(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function dayToSeconds(day) {
    return Date.parse(day + "T00:00:00Z") / 1000;
  }

  function drawChart(el, data) {
    if (!data || !data.days.length || typeof uPlot === "undefined") {
      el.classList.add("empty");
      return;
    }
    // a type with no event in the range is left out: no bar, no legend entry
    data = { days: data.days, series: data.series.filter(function (s) {
      return s.counts.some(function (n) { return n > 0; });
    }) };
    if (!data.series.length) {
      el.classList.add("empty");
      return;
    }
    var xs = data.days.map(dayToSeconds);
    // stacked: each series is drawn as the running total, the tallest first so the
    // shorter ones paint over it and every band shows its own type
    var running = xs.map(function () { return 0; });
    var stacked = data.series.map(function (s) {
      running = running.map(function (v, i) { return v + s.counts[i]; });
      return running.slice();
    });
    var order = data.series.map(function (_, i) { return data.series.length - 1 - i; });
    var bars = uPlot.paths.bars({ size: [0.8, 40] });
    var series = [{ label: "day" }];
    var values = [xs];
    order.forEach(function (i) {
      var color = PALETTE[i % PALETTE.length];
      var raw = data.series[i].counts;
      var total = raw.reduce(function (a, b) { return a + b; }, 0);
      series.push({
        label: data.series[i].key,
        stroke: color,
        fill: color,
        paths: bars,
        points: { show: false },
        // the hovered day's number, else the type's total over the range (never an empty value)
        value: function (u, v, si, idx) { return idx == null ? total + " in all" : raw[idx]; },
      });
      // a day without events of this type draws no bar (null), not a zero-height one
      values.push(stacked[i].map(function (v, d) { return raw[d] ? v : null; }));
    });
    var width = Math.max(320, el.clientWidth || 800);
    el.dataset.series = String(data.series.length);
    new uPlot({
      width: width,
      height: 260,
      series: series,
      scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(1, max)]; } } },
      axes: [{}, { label: "events" }],
      // the legend names the types present with their totals; hovering a day shows its numbers
      legend: { live: true },
    }, values, el);
  }

  function tip(lines) {
    var box = document.createElement("div");
    box.className = "map-tip";
    lines.forEach(function (line, i) {
      var row = document.createElement(i === 0 ? "strong" : "div");
      row.textContent = line;
      box.appendChild(row);
    });
    return box;
  }

  // Natural Earth rings that cross the antimeridian jump from +180 to -180 degrees; drawn as
  // they are, Leaflet fills a band across the whole map.  Each ring is made continuous
  // (longitudes shifted by 360 where they jump), and a ring that still spans more than 180
  // degrees (Antarctica, a polar cap) is cut at the prime meridian into a western and an
  // eastern half.  No drawn shape then spans more than 180 degrees of longitude.
  function unwrap(ring) {
    var out = [];
    var shift = 0;
    var prev = null;
    ring.forEach(function (pt) {
      if (prev !== null) {
        var step = pt[0] + shift - prev;
        if (step > 180) { shift -= 360; } else if (step < -180) { shift += 360; }
      }
      prev = pt[0] + shift;
      out.push([prev, pt[1]]);
    });
    return out;
  }

  function lonSpan(ring) {
    var lons = ring.map(function (pt) { return pt[0]; });
    return Math.max.apply(null, lons) - Math.min.apply(null, lons);
  }

  // Sutherland-Hodgman clipping of a ring to the half-plane west (sign -1) or east (+1) of lon 0
  function clipHalf(ring, sign) {
    var out = [];
    for (var i = 0; i < ring.length; i++) {
      var a = ring[i];
      var b = ring[(i + 1) % ring.length];
      var aIn = sign * a[0] >= 0;
      var bIn = sign * b[0] >= 0;
      if (aIn) { out.push(a); }
      if (aIn !== bIn) {
        var t = a[0] / (a[0] - b[0]);
        out.push([0, a[1] + t * (b[1] - a[1])]);
      }
    }
    return out.length >= 3 ? out : null;
  }

  function splitPolygon(rings) {
    var outer = unwrap(rings[0]);
    if (lonSpan(outer) <= 180) {
      return [[outer].concat(rings.slice(1).map(unwrap))];
    }
    return [clipHalf(rings[0], -1), clipHalf(rings[0], 1)]
      .filter(function (r) { return r !== null; })
      .map(function (r) { return [r]; });
  }

  function splitAntimeridian(collection) {
    collection.features.forEach(function (f) {
      var g = f.geometry;
      if (!g) { return; }
      var polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : null;
      if (!polygons) { return; }
      var fixed = [];
      polygons.forEach(function (p) { fixed = fixed.concat(splitPolygon(p)); });
      f.geometry = { type: "MultiPolygon", coordinates: fixed };
    });
    return collection;
  }

  function drawMap(el, data) {
    if (typeof L === "undefined") { return; }
    var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([30, 20], 2);
    map.attributionControl.addAttribution("Natural Earth via world-atlas");
    var perCountry = {};
    var maxCountry = 1;
    (data.countries || []).forEach(function (c) {
      if (c.numeric) { perCountry[c.numeric] = c; }
      maxCountry = Math.max(maxCountry, c.events);
    });
    var points = data.points || [];
    var maxPoint = points.reduce(function (m, p) { return Math.max(m, p.events); }, 1);
    var pointLayer = L.featureGroup();
    points.forEach(function (p) {
      var radius = 4 + 16 * Math.sqrt(p.events / maxPoint);
      L.circleMarker([p.lat, p.lon], {
        radius: radius, color: "#7f1d1d", weight: 1, fillColor: "#b3261e", fillOpacity: 0.6,
        className: "event-point",
      }).bindTooltip(tip([p.name + (p.country ? " (" + p.country + ")" : ""), p.events + " events"]))
        .addTo(pointLayer);
    });
    fetch("/static/vendor/world-atlas/countries-110m.json")
      .then(function (r) { return r.json(); })
      .then(function (world) {
        var land = splitAntimeridian(topojson.feature(world, world.objects.countries));
        var countries = L.geoJSON(land, {
          style: function (f) {
            var c = perCountry[f.id];
            var share = c ? 0.15 + 0.6 * (c.events / maxCountry) : 0;
            return { color: "#8a96a8", weight: 0.6, fillColor: c ? "#b3261e" : "#f4f1ea", fillOpacity: c ? share : 1 };
          },
          onEachFeature: function (f, layer) {
            var c = perCountry[f.id];
            var name = (f.properties && f.properties.name) || "";
            layer.bindTooltip(tip(c ? [c.name, c.events + " events"] : [name]), { sticky: true });
          },
        }).addTo(map);
        el.seismoLayers = { map: map, countries: countries };
        pointLayer.addTo(map);
        pointLayer.bringToFront();
        if (points.length) {
          map.fitBounds(pointLayer.getBounds().pad(0.5), { maxZoom: 6 });
        }
        el.dataset.ready = "1";
      })
      .catch(function (err) {
        el.dataset.error = String(err);
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var chartEl = document.getElementById("chart");
    if (chartEl) { drawChart(chartEl, readJSON("chart-data")); }
    var mapEl = document.getElementById("map");
    if (mapEl) { drawMap(mapEl, readJSON("map-data") || {}); }
  });
})();
