// greatgame workbench: small progressive enhancements; every page works without this file.
"use strict";
document.querySelectorAll(".bar[data-w]").forEach(function (el) {
  var w = parseInt(el.getAttribute("data-w"), 10) || 0;
  el.style.width = Math.max(2, Math.min(100, w)) + "px";
});
