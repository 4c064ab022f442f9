/** An anchor recorded as moved (an element with `data-moved-to`) sends the reader on to its new place. */
function followMovedAnchor(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const to = id ? document.getElementById(id)?.getAttribute('data-moved-to') : null;
  if (to) location.replace(to);
}

followMovedAnchor();
addEventListener('hashchange', followMovedAnchor);
