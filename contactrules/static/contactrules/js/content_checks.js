// Custom checks for the editor's Checks panel (contactrules/content_checks.py).
// The server has already applied the contact details rule and passes the exact
// texts it found; this only finds where they appear in the preview.
(function () {
  'use strict';

  const userbar = window.wagtail && window.wagtail.userbar;
  if (!userbar || typeof userbar.registerCheck !== 'function') {
    return;
  }

  const SKIPPED = 'script, style, template, noscript';

  function holds(element, text) {
    // The userbar's own panel (in its shadow root) repeats the texts: skip it.
    if (element.matches(SKIPPED) || element.getRootNode() !== document) {
      return false;
    }
    if (element.matches('a[href]') && element.getAttribute('href').includes(text)) {
      return true;
    }
    return (element.textContent || '').includes(text);
  }

  // The innermost element holding the text (or linking to it).
  function innermost(element, text) {
    return holds(element, text) &&
      !Array.from(element.children).some((child) => holds(child, text));
  }

  function shownAnywhere(text) {
    return Array.from(document.body.querySelectorAll('*')).some(
      (element) => innermost(element, text),
    );
  }

  // Fails (reports the element) where a text the rule found appears. A text the
  // preview does not show (a search description, say) is reported on the h1.
  userbar.registerCheck('clinic-contact-details', (node, options) => {
    const texts = (options && options.texts) || [];
    return !texts.some((text) => {
      if (innermost(node, text)) {
        return true;
      }
      return node === document.querySelector('main h1, h1') && !shownAnywhere(text);
    });
  });

  // Reading age advice is always shown: its wording comes from the server.
  userbar.registerCheck('clinic-reading-age', (node, options) => !(options && options.show));
})();
