// newsfacts report page: filters, sort, fact selection (marks its evidence in
// every article), mention tooltips, keys. The page is complete without it.
// State lives in the URL hash (#select=f3&status=conflict&entity=amazon&predicate=invest&sort=confidence),
// so a view can be bookmarked or shared; a hash without "=" is a plain anchor.
(function () {
  "use strict";
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

  const tbody = $("#fact-table tbody");
  const rows = $$("tr.fact", tbody);
  const rowById = new Map(rows.map((r) => [r.dataset.f, r]));
  const fStatus = $("#f-status");
  const fEntity = $("#f-entity");
  const fPred = $("#f-pred");
  const sortBtn = $("#sort-conf");
  const thConf = $("#th-conf");
  const count = $("#f-count");
  const articles = $("#articles");
  const cols = $(".cols");
  const selInfo = $("#sel-info");
  const selBack = $("#sel-back");
  const tip = $("#tip");
  const onlyEv = $("#only-ev");

  // Evidence sentences by claim id, each with its article column.
  const allCols = $$(".cols .col");
  const evByClaim = new Map();
  for (const col of allCols) {
    for (const el of $$(".ev", col)) {
      for (const id of el.dataset.c.split(" ")) {
        if (!evByClaim.has(id)) evByClaim.set(id, []);
        evByClaim.get(id).push([el, col]);
      }
    }
  }

  const state = { select: "", status: "", entity: "", predicate: "", sort: "" };

  function writeHash() {
    const p = new URLSearchParams();
    for (const k of Object.keys(state)) if (state[k]) p.set(k, state[k]);
    const h = p.toString();
    history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }

  function readHash() {
    const h = location.hash.slice(1);
    if (h.indexOf("=") < 0) return false;
    const p = new URLSearchParams(h);
    for (const k of Object.keys(state)) state[k] = p.get(k) || "";
    return true;
  }

  function setSelect(sel, value) {
    const ok = Array.from(sel.options).some((o) => o.value === value);
    sel.value = ok ? value : "";
    return sel.value;
  }

  function applyFilters() {
    state.status = fStatus.value;
    state.entity = fEntity.value;
    state.predicate = fPred.value;
    let shown = 0;
    for (const r of rows) {
      const ok =
        (!state.status || r.dataset.status === state.status) &&
        (!state.entity || r.dataset.ents.split(" ").includes(state.entity)) &&
        (!state.predicate || r.dataset.pred === state.predicate);
      r.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = shown + " of " + rows.length + " facts";
    fixRoving();
  }

  function applySort() {
    const byConf = state.sort === "confidence";
    const order = rows.slice().sort((a, b) =>
      byConf
        ? b.dataset.conf - a.dataset.conf || a.dataset.order - b.dataset.order
        : a.dataset.order - b.dataset.order
    );
    // Moving 300 rows into the order they already have would still lay the table out again.
    const now = $$("tr.fact", tbody);
    if (order.some((r, i) => r !== now[i])) for (const r of order) tbody.appendChild(r);
    thConf.setAttribute("aria-sort", byConf ? "descending" : "none");
    sortBtn.querySelector(".arrow").textContent = byConf ? "\u2193" : "\u2195";
    sortBtn.title = byConf ? "Back to report order" : "Sort by confidence, highest first";
    fixRoving();
  }

  function visibleRows() {
    return $$("tr.fact", tbody).filter((r) => !r.hidden);
  }

  // One row in the tab order: the selected one, else the first visible.
  function fixRoving(focusRow) {
    const vis = visibleRows();
    let cur = focusRow || rowById.get(state.select);
    if (!cur || cur.hidden) cur = vis[0];
    for (const r of rows) {
      const t = r === cur ? 0 : -1;
      if (r.tabIndex !== t) r.tabIndex = t;
    }
  }

  function scrollWithin(box, el, horizontal) {
    const b = box.getBoundingClientRect();
    const e = el.getBoundingClientRect();
    if (horizontal) {
      if (e.left < b.left || e.right > b.right) box.scrollLeft += e.left - b.left - 8;
    } else {
      box.scrollTop += e.top - b.top - Math.min(48, b.height / 4);
    }
  }

  function clearSelection() {
    for (const el of $$(".ev.on")) el.classList.remove("on");
    for (const el of $$(".card.selected, .tl.selected")) el.classList.remove("selected");
    for (const r of rows) r.removeAttribute("aria-current");
    for (const col of allCols) {
      $(".evnote", col).textContent = "";
      col.hidden = false;
    }
    selInfo.textContent = "Choose a fact to mark its evidence here.";
    selBack.hidden = true;
    state.select = "";
  }

  function select(id, reveal) {
    const row = rowById.get(id);
    if (!row) return;
    clearSelection();
    state.select = id;
    row.setAttribute("aria-current", "true");
    for (const el of $$('.card[data-f="' + id + '"], .tl[data-f="' + id + '"]')) el.classList.add("selected");
    // Writes first (classes, notes), then one pass of reads and scrolls, so
    // the page is laid out once however many articles there are.
    const inCol = new Map();
    for (const c of row.dataset.claims.split(" ")) {
      for (const [el, col] of evByClaim.get(c) || []) {
        el.classList.add("on");
        if (!inCol.has(col)) inCol.set(col, new Set());
        inCol.get(col).add(el);
      }
    }
    const only = onlyEv && onlyEv.checked;
    for (const col of allCols) {
      const on = inCol.get(col);
      col.hidden = only && !on;
      $(".evnote", col).textContent = on
        ? "\u25B6\uFE0E " + id + ": " + on.size + " evidence sentence" + (on.size > 1 ? "s" : "")
        : id + ": no evidence in this article";
    }
    let firstCol = null;
    for (const col of allCols) {
      const on = inCol.get(col);
      if (!on) continue;
      if (!firstCol) firstCol = col;
      // The earliest marked sentence in the text (claims are not in text order).
      const first = Array.from(on).reduce((a, b) =>
        a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : a
      );
      scrollWithin($(".body", col), first, false);
    }
    const withEvidence = inCol.size;
    if (firstCol) scrollWithin(cols, firstCol, true);
    const title = row.querySelector("td.fact").textContent.trim().replace(/\s+/g, " ");
    selInfo.textContent = title + " \u2014 evidence marked in " + withEvidence + " of " + allCols.length + " articles.";
    selBack.hidden = false;
    fixRoving(row);
    writeHash();
    if (reveal) {
      const r = articles.getBoundingClientRect();
      if (r.top > window.innerHeight || r.bottom < 0) articles.scrollIntoView({ block: "start" });
    }
  }

  // Table: click or Enter/Space selects; arrows move between visible rows.
  tbody.addEventListener("click", (e) => {
    const row = e.target.closest("tr.fact");
    if (row && !e.target.closest("a")) select(row.dataset.f, false);
  });
  tbody.addEventListener("keydown", (e) => {
    const row = e.target.closest("tr.fact");
    if (!row || e.target !== row) return;
    const vis = visibleRows();
    const i = vis.indexOf(row);
    let next = null;
    if (e.key === "ArrowDown") next = vis[i + 1];
    else if (e.key === "ArrowUp") next = vis[i - 1];
    else if (e.key === "Home") next = vis[0];
    else if (e.key === "End") next = vis[vis.length - 1];
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      select(row.dataset.f, true);
      return;
    } else return;
    e.preventDefault();
    if (next) {
      fixRoving(next);
      next.focus();
    }
  });

  for (const sel of [fStatus, fEntity, fPred]) {
    sel.addEventListener("change", () => {
      applyFilters();
      writeHash();
    });
  }
  sortBtn.addEventListener("click", () => {
    state.sort = state.sort ? "" : "confidence";
    applySort();
    writeHash();
  });

  // Conflict cards and timeline rows select their fact.
  document.addEventListener("click", (e) => {
    const t = e.target.closest("button.show, #tl-svg .tl");
    if (t) select(t.dataset.f, true);
    const ef = e.target.closest("button.efilter");
    if (ef) {
      setSelect(fEntity, ef.dataset.e);
      applyFilters();
      writeHash();
      $("#facts").scrollIntoView({ block: "start" });
      fEntity.focus();
    }
  });
  const svg = $("#tl-svg");
  if (svg) {
    svg.addEventListener("keydown", (e) => {
      const g = e.target.closest(".tl");
      if (g && (e.key === "Enter" || e.key === " ")) {
        e.preventDefault();
        select(g.dataset.f, true);
      }
    });
  }
  if (onlyEv) {
    onlyEv.addEventListener("change", () => {
      if (state.select) select(state.select, false);
    });
  }
  selBack.addEventListener("click", () => {
    const row = rowById.get(state.select);
    if (!row) return;
    if (row.hidden) {
      fStatus.value = fEntity.value = fPred.value = "";
      applyFilters();
    }
    row.scrollIntoView({ block: "center" });
    row.focus();
  });

  // Mentions: the tooltip shows the type, the normalized value and the rule.
  function showTip(m) {
    tip.textContent = "";
    const b = document.createElement("b");
    b.textContent = m.className.replace(/.*\bt-(\w+).*/, "$1");
    tip.append(b, " " + (m.dataset.v || "\u2014"), document.createElement("br"), "rule: " + m.dataset.r);
    tip.hidden = false;
    const r = m.getBoundingClientRect();
    const w = tip.offsetWidth;
    tip.style.left = Math.max(4, Math.min(r.left, window.innerWidth - w - 4)) + "px";
    const below = r.bottom + 6;
    tip.style.top = (below + tip.offsetHeight > window.innerHeight ? r.top - tip.offsetHeight - 6 : below) + "px";
    untip();
    m.classList.add("tipped");
    m.setAttribute("aria-describedby", "tip");
  }
  function untip() {
    for (const x of $$("mark.tipped")) {
      x.classList.remove("tipped");
      x.removeAttribute("aria-describedby");
    }
  }
  function hideTip() {
    tip.hidden = true;
    untip();
  }
  articles.addEventListener("mouseover", (e) => {
    const m = e.target.closest("mark.m[data-m]");
    if (m) showTip(m);
  });
  articles.addEventListener("mouseout", (e) => {
    if (e.target.closest("mark.m[data-m]")) hideTip();
  });
  articles.addEventListener("focusin", (e) => {
    if (e.target.matches("mark.m[data-m]")) showTip(e.target);
  });
  articles.addEventListener("focusout", hideTip);
  // Scrolling moves the mention away from its tooltip: follow a focused one, else hide.
  function onScroll() {
    const t = $("mark.tipped");
    if (t && t === document.activeElement) showTip(t);
    else hideTip();
  }
  for (const body of $$(".col .body")) body.addEventListener("scroll", onScroll, { passive: true });

  // In an article, Left/Right move between its mentions.
  articles.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const body = e.target.closest(".body");
    if (!body) return;
    const marks = $$("mark.m[data-m]", body);
    if (!marks.length) return;
    let i = marks.indexOf(e.target);
    if (i < 0) {
      // From the text box itself: the first mention below its top.
      const top = body.getBoundingClientRect().top;
      i = marks.findIndex((m) => m.getBoundingClientRect().top >= top) - (e.key === "ArrowRight" ? 1 : 0);
    }
    const next = marks[Math.max(0, Math.min(marks.length - 1, e.key === "ArrowRight" ? i + 1 : i - 1))];
    e.preventDefault();
    next.tabIndex = -1;
    next.focus();
    // Shown here too: a page without system focus gets no focus events.
    showTip(next);
  });

  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      hideTip();
      if (state.select) {
        const row = rowById.get(state.select);
        clearSelection();
        writeHash();
        fixRoving(row);
      }
    }
  });

  function fromHash() {
    if (!readHash()) return;
    setSelect(fStatus, state.status);
    setSelect(fEntity, state.entity);
    setSelect(fPred, state.predicate);
    state.sort = state.sort === "confidence" ? "confidence" : "";
    applyFilters();
    applySort();
    if (state.select && rowById.has(state.select)) select(state.select, false);
    else clearSelection();
  }
  window.addEventListener("hashchange", fromHash);

  applyFilters();
  fromHash();
  document.documentElement.dataset.readyMs = performance.now().toFixed(0);
  requestAnimationFrame(() => {
    document.documentElement.dataset.frameMs = performance.now().toFixed(0);
  });
})();
