// Filing Summary webview: a click on a link into the text posts its range to
// the extension, which moves the editor there. Only numbers leave the page.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  // A state marks the panel as one to bring back after a reload; the page itself is made afresh then.
  vscode.setState({ panel: 'summary' });

  function reveal(anchor) {
    const parts = (anchor.getAttribute('data-range') || '').split(',').map(Number);
    if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0)) return;
    vscode.postMessage({
      type: 'reveal',
      range: { start: { line: parts[0], character: parts[1] }, end: { line: parts[2], character: parts[3] } },
    });
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a.goto') : null;
    if (!target) return;
    event.preventDefault();
    reveal(target);
  });
})();
