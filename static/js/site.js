// Progressive enhancement only: the site works without this file.
// Open the question a link points to (#faq-…), on load and when the link changes.
(function () {
    function openTarget() {
        var id;
        try {
            id = decodeURIComponent(window.location.hash.slice(1));
        } catch (error) {
            return; // a malformed link: nothing to open
        }
        var target = id && document.getElementById(id);
        if (target && target.tagName === "DETAILS") {
            target.open = true;
        }
    }
    window.addEventListener("hashchange", openTarget);
    openTarget();
})();

// A form with errors: move focus to the summary of what to fix, which links to
// each field (the GOV.UK error summary pattern). Its role="alert" announces it.
(function () {
    var summary = document.querySelector(".error-summary");
    if (summary) {
        summary.focus();
    }
})();
