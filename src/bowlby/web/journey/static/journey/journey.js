// Ranked lists: the ↑/↓ buttons work without JavaScript (the server reorders); with it, they
// swap in place and keep keyboard focus on the moved item. Dragging is an extra for pointers.
(function () {
  "use strict";

  function items(list) { return Array.prototype.slice.call(list.querySelectorAll(".ranked-item")); }

  function inputOf(item) { return item.querySelector("input[type=text]"); }

  function saveDraft(input) { input.dispatchEvent(new Event("change", { bubbles: true })); }

  function swap(a, b) {
    var ia = inputOf(a), ib = inputOf(b), value = ia.value;
    ia.value = ib.value;
    ib.value = value;
    saveDraft(ia);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".ranked .move");
    if (!button) return;
    event.preventDefault();
    var parts = button.value.split(":");
    var list = button.closest("ol");
    var all = items(list);
    var index = parseInt(parts[1], 10) - 1;
    var other = parts[2] === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= all.length) return;
    swap(all[index], all[other]);
    var next = all[other].querySelector(".move[value$=':" + parts[2] + "']");
    (next && !next.disabled ? next : button).focus();
  });

  var dragged = null;
  document.addEventListener("dragstart", function (event) {
    var item = event.target.closest && event.target.closest(".ranked-item");
    if (!item) return;
    dragged = item;
    item.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
  });
  document.addEventListener("dragover", function (event) {
    if (dragged && event.target.closest && event.target.closest(".ranked-item")) event.preventDefault();
  });
  document.addEventListener("drop", function (event) {
    var target = event.target.closest && event.target.closest(".ranked-item");
    if (!dragged || !target || target === dragged || target.parentNode !== dragged.parentNode) return;
    event.preventDefault();
    var all = items(target.parentNode);
    var values = all.map(function (item) { return inputOf(item).value; });
    var from = all.indexOf(dragged), to = all.indexOf(target);
    values.splice(to, 0, values.splice(from, 1)[0]);
    all.forEach(function (item, i) { inputOf(item).value = values[i]; });
    saveDraft(inputOf(all[to]));
  });
  document.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("dragging");
    dragged = null;
  });

  // After a server-side move (no JavaScript at the time), put focus back on the moved item.
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-focus]");
    if (!form) return;
    var target = document.getElementById(form.getAttribute("data-focus"));
    if (target) target.focus();
  });
})();

// A new program starts in the browser's time zone when the list has it (the person can change it;
// without JavaScript the server's zone is preselected).
(function () {
  "use strict";
  var select = document.querySelector("select[data-guess=browser]");
  if (!select || select.value || !window.Intl) return;
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && select.querySelector("option[value='" + zone.replace(/'/g, "") + "']")) select.value = zone;
})();
