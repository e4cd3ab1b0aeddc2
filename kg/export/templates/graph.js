/* The knowledge-graph page: draws the graph with vis-network and explains a node in the side panel.
 * Every string of the graph is put in the page with textContent or as a DOM attribute value,
 * never parsed as HTML. The data comes from the JSON block #kg-data. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var META = DATA.meta, KINDS = DATA.styles.kinds, RELATIONS = DATA.styles.relations;
  var NODES = DATA.nodes, EDGES = DATA.edges, ARTICLES = DATA.articles, EVIDENCE = DATA.evidence;
  var state = { kinds: {}, relations: {}, from: null, to: null, focus: null, hidden: {}, hiddenEdges: {} };
  var network = null, nodeSet = null, edgeSet = null;
  var byNode = indexRelations();
  function ordered(styles) {
    return Object.keys(styles).sort(function (a, b) { return styles[a].order - styles[b].order; });
  }

  /* ---------- small DOM helpers (text only) ---------- */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }
  function short(text, n) { return text.length > n ? text.slice(0, n - 1) + "\u2026" : text; }

  /* ---------- indexes ---------- */
  function indexRelations() {
    var idx = NODES.map(function () { return { members: [], parts: [], edges: [] }; });
    DATA.memberships.forEach(function (m) { idx[m.person].members.push(m); idx[m.org].members.push(m); });
    DATA.participations.forEach(function (p) { idx[p.person].parts.push(p); idx[p.event].parts.push(p); });
    EDGES.forEach(function (e, i) { idx[e.from].edges.push(i); idx[e.to].edges.push(i); });
    return idx;
  }
  function neighbours(i) {
    return byNode[i].edges.map(function (k) { var e = EDGES[k]; return e.from === i ? e.to : e.from; });
  }

  /* ---------- the network ---------- */
  /* Per item only what differs: kinds are vis groups, link colours plain strings. Labels are
   * drawn by the page (below), not by vis-network. */
  function visNode(n, i) {
    return { id: i, x: n.x, y: n.y, size: n.size, group: n.kind };
  }

  /* ---------- labels ----------
   * The page draws the node labels itself, at one size on screen whatever the zoom, and only
   * those that fit: nodes are taken by degree (the hovered one first), each label is tried below,
   * above, right and left of its node and drawn at the first place where it overlaps no label
   * already drawn. The first view of a dense graph names its hubs; zooming in names more. */
  var FONT = getComputedStyle(document.documentElement).fontFamily;
  var LABEL_SIZE = 12, LABEL_PAD = 2, LABEL_CELL = 80;
  var LABEL_ORDER = NODES.map(function (n, i) { return i; })
    .filter(function (i) { return NODES[i].drawn; })
    .sort(function (a, b) { return NODES[b].degree - NODES[a].degree || a - b; });
  var labelWidth = {}, shownLabels = [], hovered = null;
  function LabelGrid() { this.cells = {}; }
  LabelGrid.prototype.each = function (b, visit) {
    for (var gx = Math.floor(b.x0 / LABEL_CELL); gx <= Math.floor(b.x1 / LABEL_CELL); gx++)
      for (var gy = Math.floor(b.y0 / LABEL_CELL); gy <= Math.floor(b.y1 / LABEL_CELL); gy++)
        if (visit(gx + "," + gy) === false) return false;
    return true;
  };
  /* Whether box b overlaps no box of the grid; with `rank`, boxes of nodes ranked after it
   * (less connected) do not count: a hub's label may cover a leaf, not the reverse. */
  LabelGrid.prototype.free = function (b, rank) {
    var cells = this.cells;
    return this.each(b, function (key) {
      return !(cells[key] || []).some(function (o) {
        return !(o.rank >= rank) && b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1;
      });
    });
  };
  LabelGrid.prototype.add = function (b) {
    var cells = this.cells;
    this.each(b, function (key) { (cells[key] = cells[key] || []).push(b); });
  };
  function labelBoxes(cx, cy, r, w, h) {
    return [
      { x0: cx - w / 2, y0: cy + r + 1 }, { x0: cx - w / 2, y0: cy - r - 1 - h },
      { x0: cx + r + 3, y0: cy - h / 2 }, { x0: cx - r - 3 - w, y0: cy - h / 2 }
    ].map(function (b) { b.x1 = b.x0 + w; b.y1 = b.y0 + h; return b; });
  }
  /* Place and draw the labels of `order` (node indexes) that fit; returns what was drawn, in
   * the network element's CSS pixels. */
  function drawLabels(ctx, order) {
    var t = ctx.getTransform(), scale = network.getScale(), ratio = t.a / scale;
    var wide = ctx.canvas.width / ratio, high = ctx.canvas.height / ratio;
    var grid = new LabelGrid(), shown = [], h = LABEL_SIZE + 2 * LABEL_PAD;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = LABEL_SIZE + "px " + FONT;
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    ctx.lineWidth = 3;
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = "#1f2937";
    var marks = new LabelGrid(), at = {};
    order.forEach(function (i, rank) {  // the nodes themselves
      var node = network.body.nodes[i];
      if (!visible(node)) return;
      var cx = (t.a * node.x + t.e) / ratio, cy = (t.d * node.y + t.f) / ratio, r = node.options.size * scale * 0.7;
      if (cx < -200 || cy < -50 || cx > wide + 200 || cy > high + 50) return;
      at[i] = { x: cx, y: cy, rank: rank };
      marks.add({ x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r, rank: rank });
    });
    order.forEach(function (i) {
      var node = network.body.nodes[i];
      if (!at[i]) return;
      var cx = at[i].x, cy = at[i].y;
      var text = NODES[i].short;
      if (labelWidth[i] === undefined) labelWidth[i] = ctx.measureText(text).width;
      var w = labelWidth[i] + 2 * LABEL_PAD;
      var place = labelBoxes(cx, cy, node.options.size * scale, w, h).find(function (b) {
        return b.x0 >= 0 && b.y0 >= 0 && b.x1 <= wide && b.y1 <= high && grid.free(b) && marks.free(b, at[i].rank);
      });
      if (!place) return;
      grid.add(place);
      ctx.strokeText(text, place.x0 + LABEL_PAD, place.y0 + h / 2);
      ctx.fillText(text, place.x0 + LABEL_PAD, place.y0 + h / 2);
      shown.push({ node: i, text: text, x0: place.x0, y0: place.y0, x1: place.x1, y1: place.y1 });
    });
    ctx.restore();
    return shown;
  }
  function labelOrder() {
    return hovered === null ? LABEL_ORDER : [hovered].concat(LABEL_ORDER.filter(function (i) { return i !== hovered; }));
  }
  function onAfterDrawing(ctx) {
    shownLabels = drawLabels(ctx, labelOrder());
    drawHighlight(ctx);
  }

  function visGroups() {
    var groups = {};
    Object.keys(KINDS).forEach(function (k) {
      var c = KINDS[k].color;
      groups[k] = { shape: KINDS[k].shape, color: { background: c, border: c, highlight: { background: c, border: "#111827" } } };
    });
    return groups;
  }
  function visEdge(e, k) {
    var edge = { id: k, from: e.from, to: e.to, color: RELATIONS[e.relation].color };
    if (META.edgeLabels) edge.label = edgeLabel(e);
    if (e.former) edge.dashes = true;
    return edge;
  }
  function edgeLabel(e) { return short(e.labels.join(", "), 32); }
  /* ---------- links the page strokes itself (big graphs) ----------
   * Creating one vis-network object per link is most of a big graph's first draw. Above
   * CANVAS_LINKS links the page draws them itself, one canvas path per relation, under the nodes. */
  var CANVAS_LINKS = 2500;
  var drawnLinks = [], canvasLinks = null;  // canvasLinks: relation -> [link index], in canvas mode
  function linkEnds(k) {
    var e = EDGES[k], a = network.body.nodes[e.from], b = network.body.nodes[e.to];
    return !state.hiddenEdges[k] && visible(a) && visible(b) ? [a, b] : null;
  }
  function strokeLinks(ctx, links, colour, alpha, width) {
    ctx.beginPath();
    links.forEach(function (k) {
      var ends = linkEnds(k);
      if (ends) { ctx.moveTo(ends[0].x, ends[0].y); ctx.lineTo(ends[1].x, ends[1].y); }
    });
    ctx.strokeStyle = colour;
    ctx.globalAlpha = alpha;
    ctx.lineWidth = width;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  function drawCanvasLinks(ctx) {
    var width = Math.max(1, 0.6 / network.getScale());
    ordered(RELATIONS).forEach(function (r) { if (canvasLinks[r]) strokeLinks(ctx, canvasLinks[r], RELATIONS[r].color, 0.45, width); });
  }
  function drawCanvasFocus(ctx, i) {
    var scale = network.getScale(), size = Math.max(10, 10 / scale);
    byNode[i].edges.forEach(function (k) {
      if (canvasLinks[EDGES[k].relation] && linkEnds(k)) strokeLinks(ctx, [k], RELATIONS[EDGES[k].relation].color, 1, Math.max(2.5, 2 / scale));
    });
    ctx.font = size + "px " + getComputedStyle(document.documentElement).fontFamily;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.lineWidth = size / 3;
    ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = "#4b5563";
    byNode[i].edges.forEach(function (k) {
      var ends = linkEnds(k), x, y, text = edgeLabel(EDGES[k]);
      if (!ends) return;
      x = (ends[0].x + ends[1].x) / 2;
      y = (ends[0].y + ends[1].y) / 2;
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    });
  }
  function linkCount() {
    return canvasLinks ? drawnLinks.filter(function (k) { return linkEnds(k) !== null; }).length : network.body.edgeIndices.length;
  }
  function drawNetwork() {
    var drawnNodes = [], drawnEdges = [];
    NODES.forEach(function (n, i) { if (n.drawn) drawnNodes.push(visNode(n, i)); });
    EDGES.forEach(function (e, k) { if (NODES[e.from].drawn && NODES[e.to].drawn) drawnLinks.push(k); });
    if (drawnLinks.length > CANVAS_LINKS) {
      canvasLinks = {};
      drawnLinks.forEach(function (k) { (canvasLinks[EDGES[k].relation] = canvasLinks[EDGES[k].relation] || []).push(k); });
    } else {
      drawnEdges = drawnLinks.map(function (k) { return visEdge(EDGES[k], k); });
    }
    performance.mark("kg-data-ready");
    nodeSet = new vis.DataSet(drawnNodes);
    edgeSet = new vis.DataSet(drawnEdges);
    var big = drawnNodes.length > 600;
    network = new vis.Network(document.getElementById("network"), { nodes: nodeSet, edges: edgeSet }, {
      autoResize: true,
      physics: { enabled: false, solver: "forceAtlas2Based", stabilization: false },
      layout: { improvedLayout: false, randomSeed: 1 },
      groups: visGroups(),
      interaction: { hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 300, multiselect: false },
      nodes: {
        borderWidth: 1, borderWidthSelected: 3, shape: "dot",
        font: { size: 14, face: FONT, strokeWidth: 3, strokeColor: "#ffffff" }
      },
      edges: {
        smooth: false, width: 1, selectionWidth: 2, hoverWidth: 0.5, color: { opacity: 0.55 },
        arrows: { to: { enabled: !big, scaleFactor: 0.45 } },
        font: { size: 10, color: "#6b7280", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" }
      }
    });
    performance.mark("kg-network-ready");
    if (canvasLinks) network.on("beforeDrawing", drawCanvasLinks);
    network.on("afterDrawing", onAfterDrawing);
    network.on("hoverNode", function (p) { hovered = p.node; });
    network.on("blurNode", function () { hovered = null; network.redraw(); });
    network.once("afterDrawing", function () {
      window.kgView.firstDraw = performance.now();
      document.body.setAttribute("data-drawn", "true");
    });
    network.on("click", function (params) {
      if (params.nodes.length) focusNode(params.nodes[0], false);
      else if (!params.edges.length) clearFocus();
    });
  }

  /* ---------- highlight ----------
   * The neighbourhood of the focused node is drawn again on top of a veil after each frame,
   * so highlighting costs one redraw whatever the size of the graph (no update of every node). */
  function visible(item) { return item && !item.options.hidden; }
  function drawHighlight(ctx) {
    var i = state.focus;
    if (i === null || !NODES[i].drawn || !visible(network.body.nodes[i])) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255, 255, 255, 0.8)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    if (canvasLinks) drawCanvasFocus(ctx, i);
    byNode[i].edges.forEach(function (k) {
      var e = network.body.edges[k];
      if (visible(e) && visible(e.from) && visible(e.to)) { e.draw(ctx); e.drawArrows(ctx); }
    });
    var near = neighbours(i).sort(function (a, b) { return NODES[b].degree - NODES[a].degree || a - b; });
    near.concat([i]).forEach(function (j) { if (visible(network.body.nodes[j])) network.body.nodes[j].draw(ctx); });
    shownLabels = drawLabels(ctx, [i].concat(near));
  }
  function emphasise(i, on) {
    var updates = [];
    byNode[i].edges.forEach(function (k) {
      if (!edgeSet.get(k)) return;
      var c = RELATIONS[EDGES[k].relation].color;
      var update = { id: k, width: on ? 2.5 : 1, color: { color: c, highlight: c, hover: c, opacity: on ? 1 : 0.55 } };
      if (!META.edgeLabels) update.label = on ? edgeLabel(EDGES[k]) : "";
      updates.push(update);
    });
    edgeSet.update(updates);
  }
  function highlight(i) {
    if (state.focus !== null && state.focus !== i && NODES[state.focus].drawn) emphasise(state.focus, false);
    state.focus = i;
    emphasise(i, true);
    network.redraw();
  }
  function undim() {
    if (state.focus !== null && NODES[state.focus].drawn) emphasise(state.focus, false);
    state.focus = null;
    network.redraw();
  }

  /* ---------- focus and panel ---------- */
  function focusNode(i, move) {
    var n = NODES[i];
    if (n.drawn) {
      if (state.hidden[i]) resetFilters();
      network.selectNodes([i]);
      highlight(i);
      if (move) network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350 } });
    } else {
      undim();
      state.focus = i;
      network.unselectAll();
    }
    showPanel(i);
    remember(NODES[i].id);
  }
  /* The selected node is kept in the URL's fragment, so a link or a reload opens it again. */
  function remember(id) {
    try { history.replaceState(null, "", id ? "#" + encodeURIComponent(id) : location.pathname); } catch (e) { /* not allowed here */ }
  }
  function recall() {
    if (location.hash.length < 2) return;
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; } /* a fragment that is not percent-encoded UTF-8 (#%E0): nothing to open */
    var i = NODES.findIndex(function (n) { return n.id === id; });
    if (i >= 0) focusNode(i, true);
  }
  function clearFocus() {
    remember(null);
    undim();
    network.unselectAll();
    document.getElementById("panel-body").hidden = true;
    document.getElementById("panel-empty").hidden = false;
  }
  function nodeLink(j) {
    var b = el("button", "link", NODES[j].label);
    b.type = "button";
    b.setAttribute("data-node", String(j));
    b.addEventListener("click", function () { focusNode(j, true); });
    return b;
  }
  function chip(kind) {
    var c = el("span", "chip", KINDS[kind].label);
    c.style.background = KINDS[kind].color;
    return c;
  }
  function dates(first, last) {
    if (!first) return "";
    return first === last || !last ? first : first + " \u2013 " + last;
  }
  function articleLine(a) {
    var art = ARTICLES[a];
    var li = el("li", "item");
    add(li, el("div", null, art[1] || art[0]), el("div", "sub", [art[2], art[0], art[3]].filter(Boolean).join(" \u00b7 ")));
    return li;
  }
  function evidenceBlock(ids) {
    var frag = document.createDocumentFragment();
    ids.forEach(function (v) {
      var ev = EVIDENCE[v], q = el("blockquote", null, ev[1]);
      var art = ARTICLES[ev[0]];
      if (art) add(q, el("cite", null, art[0] + (ev[2] >= 0 ? " \u00b7 characters " + ev[2] + "\u2013" + ev[3] : "") + (art[2] ? " \u00b7 " + art[2] : "")));
      frag.appendChild(q);
    });
    return frag;
  }
  function section(body, title, items, cls) {
    if (!items.length) return;
    var ul = el("ul", cls);
    items.forEach(function (li) { ul.appendChild(li); });
    add(body, el("h3", null, title), ul);
  }
  function membershipItem(m, other) {
    var li = el("li", "item");
    var head = el("div");
    add(head, el("strong", null, m.role || m.title), document.createTextNode(" \u00b7 "), nodeLink(other));
    if (m.status === "former") add(head, el("span", "badge former", "former"));
    add(li, head);
    var sub = [dates(m.first, m.last)];
    if (m.title && m.title !== m.role) sub.push("\u201c" + m.title + "\u201d");
    sub.push(m.articles.map(function (a) { return ARTICLES[a][0]; }).join(", "));
    add(li, el("div", "sub", sub.filter(Boolean).join(" \u00b7 ")), evidenceBlock(m.evidence));
    return li;
  }
  function participationItem(p, other, withEvent) {
    var li = el("li", "item"), head = el("div");
    add(head, nodeLink(other), el("span", "badge", p.part));
    if (withEvent && NODES[other].start) add(head, el("span", "sub", " " + dates(NODES[other].start, NODES[other].end)));
    add(li, head, evidenceBlock(p.evidence));
    return li;
  }
  function relatedItems(i, relation, side) {
    return byNode[i].edges.filter(function (k) { return EDGES[k].relation === relation && EDGES[k][side] === i; })
      .map(function (k) { var e = EDGES[k], li = el("li", "item"); li.appendChild(nodeLink(side === "from" ? e.to : e.from)); return li; });
  }
  function showPanel(i) {
    var n = NODES[i], body = document.getElementById("panel-body");
    body.textContent = "";
    var head = el("div");
    add(head, chip(n.kind), el("span", "sub", " " + fmt(n.degree) + " links"));
    add(body, head, el("h2", null, n.label));
    if (!n.drawn) add(body, el("p", "note", "Not drawn: this node is not among the " + fmt(META.drawn) + " most connected nodes shown. Its neighbours are listed below."));
    if (n.names.length > 1 || n.names[0] !== n.label) {
      section(body, "Names", n.names.map(function (name) { return el("li", null, name); }), "names");
    }
    if (n.kind === "person") personPanel(i, body);
    else if (n.kind === "organisation") orgPanel(i, body);
    else eventPanel(i, body);
    section(body, "Source articles", n.articles.map(articleLine));
    document.getElementById("panel-empty").hidden = true;
    body.hidden = false;
    body.parentNode.scrollTop = 0;
  }
  /* ---------- timeline ----------
   * Roles as bars from the first to the last date an article states them (to the date they were
   * called former, when known) and events as diamonds at their dates, on one axis of years; an
   * SVG built with createElementNS, its text set with textContent. Undated items are left out. */
  var SVG = "http://www.w3.org/2000/svg", TL_WIDTH = 360, TL_ROW = 28, TL_AXIS = 22;
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 864e5 : null;
  }
  /* bars: [{label, from, to, former}], marks: [{label, from, to}] with ISO dates; null when none is dated. */
  function timeline(bars, marks) {
    bars = bars.filter(function (b) { return day(b.from) !== null; });
    marks = marks.filter(function (m) { return day(m.from) !== null; });
    if (!bars.length && !marks.length) return null;
    var days = [];
    bars.concat(marks).forEach(function (b) { days.push(day(b.from), day(b.to) === null ? day(b.from) : day(b.to)); });
    var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
    if (hi - lo < 365) { lo -= (365 - (hi - lo)) / 2; hi = lo + 365; }
    var pad = (hi - lo) * 0.04, x = function (d) { return ((d - lo + pad) / (hi - lo + 2 * pad)) * TL_WIDTH; };
    var rows = bars.length + (marks.length ? 1 : 0), height = rows * TL_ROW + TL_AXIS;
    var root = svg("svg", { "class": "timeline", width: TL_WIDTH, height: height, viewBox: "0 0 " + TL_WIDTH + " " + height, role: "img" });
    root.appendChild(svg("title", {}, "Timeline: " + bars.length + " roles, " + marks.length + " events"));
    var first = new Date(lo * 864e5).getUTCFullYear(), last = new Date(hi * 864e5).getUTCFullYear(), step = Math.ceil((last - first + 1) / 6);
    for (var year = first + 1; year <= last; year += step) {
      var at = x(Date.UTC(year, 0, 1) / 864e5);
      root.appendChild(svg("line", { "class": "tl-tick", x1: at, x2: at, y1: 0, y2: height - TL_AXIS + 4 }));
      root.appendChild(svg("text", { "class": "tl-year", x: at, y: height - 6, "text-anchor": "middle" }, year));
    }
    bars.forEach(function (b, r) {
      var y = r * TL_ROW, x0 = x(day(b.from)), x1 = x(day(b.to) === null ? day(b.from) : day(b.to));
      var g = svg("g", { "class": "tl-row" });
      g.appendChild(svg("text", { "class": "tl-label", x: 0, y: y + 11 }, b.label));
      var bar = svg("rect", { "class": "tl-bar" + (b.former ? " former" : ""), x: x0 - 2, y: y + 15, width: Math.max(x1 - x0, 0) + 4, height: 8, rx: 2, fill: RELATIONS.role.color });
      bar.appendChild(svg("title", {}, b.label + ": " + dates(b.from, b.to)));
      add(root, add(g, bar));
    });
    if (marks.length) {
      var y = bars.length * TL_ROW + 19;
      root.appendChild(svg("text", { "class": "tl-label", x: 0, y: y - 8 }, "Events"));
      marks.forEach(function (m) {
        var cx = x(day(m.from)), g = svg("g", { "class": "tl-mark" });
        if (day(m.to) !== null && day(m.to) > day(m.from)) g.appendChild(svg("line", { x1: cx, x2: x(day(m.to)), y1: y, y2: y, stroke: KINDS.event.color, "stroke-width": 3 }));
        g.appendChild(svg("polygon", { points: [cx, y - 5, cx + 5, y, cx, y + 5, cx - 5, y].join(" "), fill: KINDS.event.color }));
        g.appendChild(svg("title", {}, m.label + ": " + dates(m.from, m.to)));
        root.appendChild(g);
      });
    }
    return root;
  }
  function addTimeline(body, bars, marks) {
    var chart = timeline(bars, marks);
    if (chart) add(body, el("h3", null, "Timeline"), chart);
  }
  function roleBar(m, label) {
    return { label: label, from: m.first, to: m.status === "former" && m.ended ? m.ended : m.last, former: m.status === "former" };
  }
  /* An organisation's leadership: one bar per person, from their first role's date to their last. */
  function leadershipBars(ms) {
    var rows = [], byPerson = {};
    ms.forEach(function (m) {
      var bar = roleBar(m, ""), row = byPerson[m.person];
      if (day(bar.from) === null) return;
      if (!row) {
        row = byPerson[m.person] = { person: m.person, roles: [], from: bar.from, to: bar.to || bar.from, former: true };
        rows.push(row);
      }
      if (row.roles.indexOf(m.role || m.title) < 0) row.roles.push(m.role || m.title);
      if (bar.from < row.from) row.from = bar.from;
      if ((bar.to || bar.from) > row.to) row.to = bar.to || bar.from;
      row.former = row.former && bar.former;
    });
    return rows.map(function (r) { return { label: NODES[r.person].short + " \u00b7 " + r.roles.join(", "), from: r.from, to: r.to, former: r.former }; });
  }
  function byDate(key) {
    return function (a, b) { var x = key(a) || "9999", y = key(b) || "9999"; return x < y ? -1 : x > y ? 1 : 0; };
  }
  function personPanel(i, body) {
    var ms = byNode[i].members.filter(function (m) { return m.person === i; }).sort(byDate(function (m) { return m.first; }));
    var ps = byNode[i].parts.filter(function (p) { return p.person === i; })
      .sort(byDate(function (p) { return NODES[p.event].start; }));
    addTimeline(body, ms.map(function (m) { return roleBar(m, (m.role || m.title) + " \u00b7 " + NODES[m.org].short); }),
      ps.map(function (p) { return { label: NODES[p.event].short, from: NODES[p.event].start, to: NODES[p.event].end }; }));
    section(body, "Roles held", ms.map(function (m) { return membershipItem(m, m.org); }));
    section(body, "Events attended", ps.map(function (p) { return participationItem(p, p.event, true); }));
  }
  function orgPanel(i, body) {
    section(body, "Part of", relatedItems(i, "partOf", "from"));
    section(body, "Units", relatedItems(i, "partOf", "to"));
    var ms = byNode[i].members.filter(function (m) { return m.org === i; }).sort(byDate(function (m) { return m.first; }));
    addTimeline(body, leadershipBars(ms), []);
    section(body, "People and roles", ms.map(function (m) { return membershipItem(m, m.person); }));
    section(body, "Events organised", relatedItems(i, "organised", "from"));
  }
  function eventPanel(i, body) {
    var n = NODES[i], facts = [];
    if (n.type) facts.push(n.type);
    if (n.start) facts.push(dates(n.start, n.end || n.start));
    if (n.location) facts.push(n.location);
    if (facts.length) add(body, el("p", null, facts.join(" \u00b7 ")));
    section(body, "Organised by", relatedItems(i, "organised", "to"));
    var ps = byNode[i].parts.filter(function (p) { return p.event === i; });
    section(body, "Attendees", ps.map(function (p) { return participationItem(p, p.person, false); }));
    if (n.evidence && n.evidence.length) add(body, el("h3", null, "Evidence"), evidenceBlock(n.evidence));
  }

  /* ---------- search ---------- */
  function norm(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\s\-\u2010\u2011'\u2019.\u00b7\u2022,()\uff08\uff09]/g, "");
  }
  var KEYS = null;  // search keys, made at the first search rather than at load
  function search(query) {
    var q = norm(query);
    if (!q) return [];
    var hits = [];
    KEYS = KEYS || NODES.map(function (n) { return n.names.map(norm); });
    KEYS.forEach(function (keys, i) {
      var best = 3, name = null;
      keys.forEach(function (k, j) {
        var at = k.indexOf(q), score = at < 0 ? 3 : k === q ? 0 : at === 0 ? 1 : 2;
        if (score < best) { best = score; name = NODES[i].names[j]; }
      });
      if (best < 3) hits.push({ i: i, score: best, name: name });
    });
    hits.sort(function (a, b) {
      return a.score - b.score || NODES[b.i].degree - NODES[a.i].degree || (NODES[a.i].label < NODES[b.i].label ? -1 : 1);
    });
    return hits.slice(0, 12);
  }
  function showResults(hits) {
    var list = document.getElementById("results");
    list.textContent = "";
    if (!hits.length) {
      list.appendChild(el("li", "none", "No node has that name"));
    }
    hits.forEach(function (h, k) {
      var li = el("li", k === 0 ? "active" : null);
      li.setAttribute("role", "option");
      li.setAttribute("data-node", String(h.i));
      add(li, chip(NODES[h.i].kind), el("span", null, NODES[h.i].label));
      if (h.name !== NODES[h.i].label) add(li, el("span", "matched", h.name));
      if (!NODES[h.i].drawn) add(li, el("span", "matched", "(not drawn)"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(h.i); });
      list.appendChild(li);
    });
    list.hidden = false;
  }
  function choose(i) {
    document.getElementById("results").hidden = true;
    document.getElementById("search").value = NODES[i].label;
    focusNode(i, true);
  }
  function moveActive(step) {
    var items = Array.prototype.slice.call(document.querySelectorAll("#results li[data-node]"));
    if (!items.length) return;
    var at = items.findIndex(function (li) { return li.classList.contains("active"); });
    items.forEach(function (li) { li.classList.remove("active"); });
    items[(at + step + items.length) % items.length].classList.add("active");
  }
  function wireSearch() {
    var input = document.getElementById("search"), list = document.getElementById("results");
    input.addEventListener("input", function () {
      if (input.value.trim()) showResults(search(input.value)); else list.hidden = true;
    });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") { moveActive(ev.key === "ArrowDown" ? 1 : -1); ev.preventDefault(); }
      else if (ev.key === "Enter") {
        var active = list.querySelector("li.active") || list.querySelector("li[data-node]");
        if (active) choose(Number(active.getAttribute("data-node")));
      } else if (ev.key === "Escape") list.hidden = true;
    });
    input.addEventListener("blur", function () { list.hidden = true; });
  }

  /* ---------- filters ---------- */
  function yearsOverlap(years) {
    if (state.from === null) return true;
    for (var k = 0; k < years.length; k++) if (years[k] >= state.from && years[k] <= state.to) return true;
    return false;
  }
  function applyFilters() {
    var nodeUpdates = [], edgeUpdates = [], hidden = {};
    nodeSet.forEach(function (v) {
      var n = NODES[v.id], off = !state.kinds[n.kind] || !yearsOverlap(n.years);
      if (off) hidden[v.id] = true;
      if (off !== (state.hidden[v.id] === true)) nodeUpdates.push({ id: v.id, hidden: off });
    });
    var hiddenEdges = {};
    drawnLinks.forEach(function (k) {
      var e = EDGES[k];
      var off = !state.relations[e.relation] || (e.years.length > 0 && !yearsOverlap(e.years));
      if (off) hiddenEdges[k] = true;  // links of hidden nodes are hidden by vis itself
      if (!canvasLinks && off !== (state.hiddenEdges[k] === true)) edgeUpdates.push({ id: k, hidden: off });
    });
    state.hidden = hidden;
    state.hiddenEdges = hiddenEdges;
    nodeSet.update(nodeUpdates);
    edgeSet.update(edgeUpdates);
    if (canvasLinks) network.redraw();
    updateStats();
  }
  function resetFilters() {
    Object.keys(KINDS).forEach(function (k) { state.kinds[k] = true; });
    Object.keys(RELATIONS).forEach(function (k) { state.relations[k] = true; });
    state.from = state.to = null;
    document.querySelectorAll("#legend input").forEach(function (box) { box.checked = true; });
    document.getElementById("year-from").value = "";
    document.getElementById("year-to").value = "";
    applyFilters();
  }
  function legendRow(list, key, style, count, swatchClass, onChange) {
    var li = el("li"), label = el("label"), box = el("input"), sw = el("span", "swatch " + swatchClass);
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-key", key);
    sw.style.background = style.color;
    box.addEventListener("change", function () { onChange(key, box.checked); });
    add(label, box, sw, el("span", null, style.label), el("span", "count", fmt(count)));
    add(list, add(li, label));
  }
  function buildLegend() {
    var kindCount = {}, relCount = {};
    NODES.forEach(function (n) { if (n.drawn) kindCount[n.kind] = (kindCount[n.kind] || 0) + 1; });
    EDGES.forEach(function (e) { if (NODES[e.from].drawn && NODES[e.to].drawn) relCount[e.relation] = (relCount[e.relation] || 0) + 1; });
    ordered(KINDS).forEach(function (k) {
      state.kinds[k] = true;
      if (kindCount[k]) legendRow(document.getElementById("legend-kinds"), k, KINDS[k], kindCount[k], KINDS[k].shape,
        function (key, on) { state.kinds[key] = on; applyFilters(); });
    });
    ordered(RELATIONS).forEach(function (k) {
      state.relations[k] = true;
      if (relCount[k]) legendRow(document.getElementById("legend-relations"), k, RELATIONS[k], relCount[k], "line",
        function (key, on) { state.relations[key] = on; applyFilters(); });
    });
  }
  function buildYears() {
    var seen = {};
    NODES.forEach(function (n) { n.years.forEach(function (y) { seen[y] = true; }); });
    var years = Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
    ["year-from", "year-to"].forEach(function (id, which) {
      var sel = document.getElementById(id);
      var any = el("option", null, which ? "any" : "any");
      any.value = "";
      sel.appendChild(any);
      years.forEach(function (y) { var o = el("option", null, String(y)); o.value = String(y); sel.appendChild(o); });
      sel.addEventListener("change", onYears);
    });
  }
  function onYears() {
    var a = document.getElementById("year-from").value, b = document.getElementById("year-to").value;
    if (!a && !b) { state.from = state.to = null; }
    else { state.from = a ? Number(a) : -Infinity; state.to = b ? Number(b) : Infinity; }
    applyFilters();
  }

  /* ---------- status lines ---------- */
  function updateStats() {
    var shown = network.body.nodeIndices.length, edges = linkCount();
    document.getElementById("stats").textContent = fmt(shown) + " nodes \u00b7 " + fmt(edges) + " links shown";
  }
  function showOmitted() {
    if (!META.maxNodes || META.drawn >= META.total) return;
    var parts = Object.keys(META.omitted).filter(function (k) { return META.omitted[k]; })
      .map(function (k) { return fmt(META.omitted[k]) + " " + KINDS[k].plural; });
    var box = document.getElementById("omitted");
    box.textContent = "Showing the " + fmt(META.drawn) + " most connected of " + fmt(META.total) + " nodes. Left out: " +
      parts.join(", ") + ". Search still finds them.";
    box.hidden = false;
  }

  /* ---------- start ---------- */
  window.kgView = {
    firstDraw: null,
    drawnNodeCount: function () { return network.body.nodeIndices.length; },
    drawnEdgeCount: linkCount,
    nodeIndexOf: function (id) { return NODES.findIndex(function (n) { return n.id === id; }); },
    search: function (q) { return search(q).map(function (h) { return h.i; }); },
    focus: function (i) { focusNode(i, true); },
    selected: function () { return network.getSelectedNodes(); },
    labelOf: function (i) { var l = shownLabels.find(function (s) { return s.node === i; }); return l ? l.text : null; },
    labels: function () { return shownLabels.map(function (l) { return Object.assign({}, l); }); },
    labelFont: function () { return LABEL_SIZE + "px " + FONT; },
    domPosition: function (i) { return network.canvasToDOM(network.getPosition(i)); }
  };
  buildLegend();
  buildYears();
  drawNetwork();
  wireSearch();
  updateStats();
  showOmitted();
  document.getElementById("empty").hidden = NODES.length > 0;
  recall();
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
  document.getElementById("reset").addEventListener("click", function () {
    document.getElementById("search").value = "";
    resetFilters();
    clearFocus();
    network.fit();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && document.activeElement !== document.getElementById("search")) clearFocus();
  });
  document.getElementById("physics").addEventListener("change", function (ev) {
    network.setOptions({ physics: { enabled: ev.target.checked } });
  });
})();
