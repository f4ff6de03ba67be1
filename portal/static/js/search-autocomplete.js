/*
 * Search suggestions for every input with data-autocomplete-url: after two characters
 * the box asks the portal's autocomplete endpoint and shows up to eight pages as an
 * ARIA combobox (arrow keys move, Enter opens, Escape closes). Without JavaScript the
 * form still submits to the search page.
 */
(function () {
  "use strict";

  var MIN_LENGTH = 2;
  var DELAY_MS = 200;
  var counter = 0;

  function setup(input) {
    var url = input.getAttribute("data-autocomplete-url");
    var listId = "portal-suggestions-" + (++counter);
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var timer = null;
    var active = -1;
    var request = 0;

    list.id = listId;
    list.className = "portal-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.form ? (input.labels && input.labels[0] ? input.labels[0].textContent : "") : "");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.parentNode.insertBefore(list, input.nextSibling);
    input.parentNode.appendChild(status);

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      var items = options();
      if (!items.length) { return; }
      active = (index + items.length) % items.length;
      items.forEach(function (item, position) {
        item.setAttribute("aria-selected", position === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    function show(data) {
      list.textContent = "";
      data.suggestions.forEach(function (suggestion, position) {
        // The option itself is the target (no link inside: options hold no controls).
        var item = document.createElement("li");
        var kind = document.createElement("span");
        item.id = listId + "-" + position;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.setAttribute("data-url", suggestion.url);
        item.textContent = suggestion.title;
        kind.className = "portal-suggestion-kind";
        kind.textContent = " · " + suggestion.type_label;
        item.appendChild(kind);
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.assign(suggestion.url);
        });
        list.appendChild(item);
      });
      var count = data.suggestions.length;
      status.textContent = count ? count + " " + (document.documentElement.lang === "en" ? "suggestions" : "suggerimenti") : "";
      if (count) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
    }

    function fetchSuggestions() {
      var value = input.value.trim();
      if (value.length < MIN_LENGTH) { close(); return; }
      var mine = ++request;
      fetch(url + "?q=" + encodeURIComponent(value), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (mine === request) { show(data); } })
        .catch(close);
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(options()[active].getAttribute("data-url"));
      }
    });
    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  document.querySelectorAll("input[data-autocomplete-url]").forEach(setup);
})();
