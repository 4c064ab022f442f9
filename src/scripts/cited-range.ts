/**
 * On the page a citation of several sentences opened (at its first sentence's #fragment): marks the rest
 * of the passage, which scripts/remember-cited-range.ts kept from the click.
 */
try {
  const [url, ids] = (sessionStorage['cited-range'] ?? '').split(' ');
  delete sessionStorage['cited-range'];
  if (url === location.href)
    for (const id of ids.split(',').slice(1)) document.getElementById(id)?.classList.add('in-cited-range');
} catch {
  // Storage off: the first sentence is still marked.
}
