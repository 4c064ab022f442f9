/**
 * On the page a citation of several sentences opened (at its first sentence's #fragment): marks the rest
 * of the passage, which scripts/remember-cited-range.ts kept from the click. Any other page leaves the range
 * alone: this code may arrive on the page the click left, after the click and before the next page loads.
 */
try {
  const [url, ids] = (sessionStorage['cited-range'] ?? '').split(' ');
  if (url === location.href) {
    delete sessionStorage['cited-range'];
    for (const id of ids.split(',').slice(1)) document.getElementById(id)?.classList.add('in-cited-range');
  }
} catch {
  // Storage off: the first sentence is still marked.
}
