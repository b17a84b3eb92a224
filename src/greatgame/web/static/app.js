// greatgame workbench: progressive enhancements drawn from each page's JSON twin. Every page works without
// this file (the tables beside each drawing list the same rows); nothing here uses innerHTML or inline styles.
"use strict";
(function () {
  var SVG = "http://www.w3.org/2000/svg";
  var SCORE = { AGREE: 2.5, CONSULT: 2.5, SUPPORT: 5, CONCEDE: 4.5, COOPERATE: 9.5, AID: 10, RETREAT: 6.5,
    REQUEST: 0, ACCUSE: -3, REJECT: -2, THREATEN: -3.5, PROTEST: -5, MOBILIZE: -5.5, SANCTION: -6, COERCE: -7,
    ASSAULT: -9 };

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function title(node, text) { el("title", {}, node).textContent = text; }
  function colour(type) {
    var s = SCORE[type] || 0;
    return s > 0 ? "#2e7d32" : s < 0 ? "#b3261e" : "#5b6673";
  }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  document.querySelectorAll(".bar[data-w]").forEach(function (node) {
    var w = parseInt(node.getAttribute("data-w"), 10) || 0;
    node.style.width = Math.max(2, Math.min(100, w)) + "px";
  });

  var cyBox = document.getElementById("cy");
  if (cyBox && window.cytoscape) {
    getJSON(cyBox.getAttribute("data-src")).then(function (data) {
      var elements = data.nodes.map(function (n) {
        return { data: { id: n.id, label: n.label, kind: n.attrs.kind } };
      }).concat(data.edges.map(function (e) {
        return { data: { id: e.id, source: e.source, target: e.target, label: e.attrs.type,
                         colour: colour(e.attrs.type), article: e.attrs.article_id } };
      }));
      var cy = window.cytoscape({
        container: cyBox, elements: elements, layout: { name: "cose", animate: false },
        style: [
          { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#0b5cad" } },
          { selector: "edge", style: { width: 1.5, "line-color": "data(colour)", "target-arrow-color": "data(colour)",
                                       "target-arrow-shape": "triangle", "curve-style": "bezier" } }
        ]
      });
      cy.on("tap", "node", function (evt) { window.location = "/actor/" + encodeURIComponent(evt.target.id()); });
      cy.on("tap", "edge", function (evt) {
        window.location = "/article/" + encodeURIComponent(evt.target.data("article")) + "#e-" +
          encodeURIComponent(evt.target.id());
      });
      cyBox.setAttribute("data-ready", String(data.nodes.length));
    }).catch(function (err) { console.warn("network view: " + err.message); });
  }

  var map = document.getElementById("map");
  if (map && window.d3 && window.d3.geoPath && window.topojson) {
    Promise.all([getJSON(map.getAttribute("data-world")), getJSON(map.getAttribute("data-src"))]).then(function (r) {
      var world = r[0], places = r[1].places;
      var projection = window.d3.geoNaturalEarth1().fitSize([960, 500], { type: "Sphere" });
      var path = window.d3.geoPath(projection);
      el("path", { d: path({ type: "Sphere" }), class: "sphere" }, map);
      var countries = window.topojson.feature(world, world.objects.countries).features;
      var g = el("g", { class: "countries" }, map);
      countries.forEach(function (f) {
        var p = el("path", { d: path(f), class: "country" }, g);
        title(p, f.properties && f.properties.name ? f.properties.name : "");
      });
      var dots = el("g", { class: "places" }, map);
      places.forEach(function (p) {
        var xy = projection([p.lon, p.lat]);
        if (!xy) return;
        var weight = p.events * 3 + p.mentions;
        var a = el("a", { href: p.events ? "/events?place=" + encodeURIComponent(p.id) : "#" }, dots);
        var c = el("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (2 + Math.sqrt(weight)).toFixed(1),
                               class: p.events ? "place has-events" : "place" }, a);
        title(c, p.name + " (" + (p.country || "?") + "): " + p.events + " events, " + p.mentions + " mentions");
      });
      map.setAttribute("data-ready", String(places.length));
    }).catch(function (err) { console.warn("map view: " + err.message); });
  }

  var tl = document.getElementById("timeline");
  if (tl) {
    getJSON(tl.getAttribute("data-src")).then(function (data) {
      var items = data.items;
      if (!items.length) return;
      var t0 = Date.parse(items.reduce(function (m, i) { return i.start < m ? i.start : m; }, items[0].start));
      var t1 = Date.parse(items.reduce(function (m, i) { return i.end > m ? i.end : m; }, items[0].end)) + 864e5;
      var width = 960, row = 16, left = 10, height = items.length * row + 30;
      tl.setAttribute("viewBox", "0 0 " + width + " " + height);
      var x = function (d) { return left + (Date.parse(d) - t0) / (t1 - t0) * (width - 2 * left); };
      var y0 = new Date(t0).getUTCFullYear(), y1 = new Date(t1).getUTCFullYear();
      var step = Math.max(1, Math.ceil((y1 - y0 + 1) / 12));
      for (var y = y0; y <= y1; y += step) {
        var xx = x(y + "-01-01");
        if (xx < left || xx > width) continue;
        el("line", { x1: xx, x2: xx, y1: 0, y2: height - 20, class: "tick" }, tl);
        el("text", { x: xx + 2, y: height - 6, class: "tick-label" }, tl).textContent = String(y);
      }
      items.forEach(function (i, n) {
        var a = el("a", { href: "/article/" + encodeURIComponent(i.article_id) + "#e-" + encodeURIComponent(i.id) }, tl);
        var x1 = x(i.start), x2 = Math.max(x(i.end) + 1, x1 + 3);
        var r = el("rect", { x: x1.toFixed(1), y: n * row + 2, width: (x2 - x1).toFixed(1), height: row - 4,
                             fill: colour(i.type), class: "span " + i.precision }, a);
        title(r, i.label + " — " + i.date + " (" + i.precision + ")");
      });
      tl.setAttribute("data-ready", String(items.length));
    }).catch(function (err) { console.warn("timeline: " + err.message); });
  }
})();
