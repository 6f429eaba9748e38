// Name cards and the names toggle, on every page.
// A card (the register's short entry, in data-card) opens on hover, on keyboard focus, or on a
// first tap or click; a second tap or click on the same name follows its link. Escape or a tap
// elsewhere closes it. One card element serves the page, tied to the name by aria-describedby.
(function () {
  "use strict";
  var names = document.querySelectorAll("[data-card]");
  if (names.length) { cards(names); }
  if (document.querySelector("main .name")) { toggle(); }

  function cards(names) {
    var card = document.createElement("div");
    card.id = "tk-card";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    document.body.appendChild(card);
    var current = null;

    function open(name) {
      if (current === name) { return; }
      close();
      current = name;
      card.textContent = name.getAttribute("data-card");
      var link = name.closest("a[href]");
      if (link) {
        var go = document.createElement("span");
        go.className = "go";
        go.textContent = link === name ? "Tap again for the register entry" : "Tap again to follow the link";
        card.appendChild(go);
      }
      card.hidden = false;
      var box = name.getBoundingClientRect();
      var left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8);
      card.style.left = Math.max(window.scrollX + 8, left) + "px";
      card.style.top = (box.bottom + window.scrollY + 4) + "px";
      name.setAttribute("aria-describedby", "tk-card");
    }
    function close() {
      if (current) { current.removeAttribute("aria-describedby"); }
      current = null;
      card.hidden = true;
    }

    Array.prototype.forEach.call(names, function (name) {
      name.addEventListener("pointerenter", function (e) { if (e.pointerType === "mouse") { open(name); } });
      name.addEventListener("pointerleave", function (e) { if (e.pointerType === "mouse" && current === name) { close(); } });
      // Keyboard focus opens the card (a tap focuses too, but the tap's click decides); a name
      // inside a link shows its card when the link is focused.
      var link = name.closest("a[href]"), focusable = link || name;
      focusable.addEventListener("focus", function () { if (focusable.matches(":focus-visible")) { open(name); } });
      focusable.addEventListener("blur", function () { if (current === name) { close(); } });
      name.addEventListener("click", function (e) {
        if (current !== name) {  // first tap or click: the card; the link waits for the second
          e.preventDefault();
          e.stopPropagation();
          open(name);
        }
      });
    });
    document.addEventListener("click", function (e) {
      if (current && !current.contains(e.target)) { close(); }
    });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") { close(); } });
  }

  // "Highlight names": names get their kind's colour; the reader's choice is remembered.
  function toggle() {
    var header = document.querySelector("header.site");
    if (!header) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "name-toggle";
    button.textContent = "Highlight names";
    var on = false;
    try { on = window.localStorage.getItem("tk-names") === "on"; } catch (e) { on = false; }
    function apply() {
      document.body.classList.toggle("names-on", on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
    }
    button.addEventListener("click", function () {
      on = !on;
      try { window.localStorage.setItem("tk-names", on ? "on" : "off"); } catch (e) { /* private mode */ }
      apply();
    });
    header.appendChild(button);
    apply();
  }
}());
