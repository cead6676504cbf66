// Progressive enhancement of the survey form. Without this script the page is a plain form that works;
// with it: focus on the error summary, sliders for rating items, a live progress count, autosave of drafts every few
// seconds, and a copy of unsent answers in localStorage (keyed by a hash of the link, never the link itself) until the
// server confirms.
(function () {
    "use strict";
    // The error summary is the first thing after the heading either way; with script it also takes focus, so a screen
    // reader reads it and a keyboard user's next Tab goes to its first link (GOV.UK's error summary pattern).
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }
    var form = document.getElementById("questions");
    if (!form) { return; }
    var api = form.getAttribute("data-api");
    var fields = Array.prototype.slice.call(form.querySelectorAll("[name^='a.']"));
    var names = fields.map(function (f) { return f.name; }).filter(function (n, i, a) { return a.indexOf(n) === i; });
    var storageKey = null;
    var lastSent = null;

    function valueOf(name) {
        var checked = form.querySelector("input[type=radio][name='" + name + "']:checked");
        if (checked) { return checked.value; }
        var text = form.querySelector("input[type=text][name='" + name + "']");
        return text ? text.value.trim() : "";
    }

    function answers() {
        var result = {};
        names.forEach(function (name) {
            var raw = valueOf(name).replace(",", ".");
            var x = raw === "" ? null : Number(raw);
            if (x === null || isFinite(x)) { result[name.substring(2)] = x; }
        });
        return result;
    }

    // The items the progress line counts: the required ones when the form has any (as the server counts them).
    var counted = Array.prototype.map.call(form.querySelectorAll("fieldset.item[data-required]"), function (f) {
        return "a." + f.id.substring("item-".length);
    });
    if (counted.length === 0) { counted = names; }

    function updateProgress() {
        var a = answers();
        var done = counted.filter(function (n) { var x = a[n.substring(2)]; return x !== null && x !== undefined; }).length;
        var bar = document.getElementById("progress");
        var text = document.getElementById("progress-text");
        if (bar) { bar.value = done; }
        if (text) {
            var all = text.getAttribute("data-done");
            text.textContent = all && done === counted.length ? all
                : text.getAttribute("data-template").replace("{0}", done).replace("{1}", counted.length);
        }
    }

    // Sliders: a range input mirrors each rating's text field; the text field stays for keyboard and screen readers.
    // Until touched the slider shows no thumb (a thumb at the middle would look like an answer of 5), and a line
    // beside it, which the text field names in aria-describedby, says the item is not answered yet.
    Array.prototype.forEach.call(form.querySelectorAll(".rating"), function (rating) {
        var input = rating.querySelector("input[type=text]");
        var slider = document.createElement("input");
        slider.type = "range";
        slider.min = rating.getAttribute("data-min");
        slider.max = rating.getAttribute("data-max");
        slider.step = rating.getAttribute("data-step");
        slider.setAttribute("aria-hidden", "true");
        slider.tabIndex = -1;
        var state = document.createElement("p");
        state.className = "slider-state";
        state.id = input.id + "-state";
        input.setAttribute("aria-describedby", (input.getAttribute("aria-describedby") || "") + " " + state.id);
        function show(set) {
            slider.classList.toggle("unset", !set);
            state.textContent = set ? rating.getAttribute("data-value").replace("{0}", input.value.trim())
                : rating.getAttribute("data-unset");
        }
        function fromText() {
            var x = Number(input.value.replace(",", "."));
            var set = input.value.trim() !== "" && isFinite(x);
            slider.value = set ? x : (Number(slider.min) + Number(slider.max)) / 2;
            show(set);
        }
        function fromSlider() { input.value = slider.value; show(true); changed(); }
        slider.addEventListener("input", fromSlider);
        // A click on the hidden thumb's own spot changes no value and fires no input event: still an answer.
        slider.addEventListener("pointerup", function () { if (slider.classList.contains("unset")) { fromSlider(); } });
        input.addEventListener("input", fromText);
        input.insertAdjacentElement("afterend", slider);
        slider.insertAdjacentElement("afterend", state);
        fromText();
    });

    function remember() {
        if (storageKey && window.localStorage) {
            try { localStorage.setItem(storageKey, JSON.stringify({ answers: answers(), at: Date.now() })); } catch (e) { /* storage full or disabled */ }
        }
    }

    function save() {
        var body = JSON.stringify({ answers: answers() });
        if (body === lastSent) { return; }
        fetch(api + "/draft", { method: "PUT", headers: { "Content-Type": "application/json" }, body: body, credentials: "same-origin" })
            .then(function (r) {
                if (r.status === 204) {
                    lastSent = body;
                    if (storageKey && window.localStorage) { localStorage.removeItem(storageKey); }
                }
            })
            .catch(function () { /* offline: the localStorage copy stays until the next successful save */ });
    }

    // A form without data-api (a test link's page) has no draft API: no autosave and no local copy, only the
    // progress line; its "Save for later" button still works without script.
    function changed() { updateProgress(); if (api) { remember(); } }

    form.addEventListener("change", changed);
    form.addEventListener("input", changed);
    if (api) {
        window.setInterval(save, 4000);
        document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") { save(); } });
    }

    function restore(saved) {
        Object.keys(saved.answers || {}).forEach(function (id) {
            var x = saved.answers[id];
            var name = "a." + id;
            var text = form.querySelector("input[type=text][name='" + name + "']");
            if (text && text.value === "" && x !== null) { text.value = String(x); text.dispatchEvent(new Event("input")); }
            var radio = form.querySelector("input[type=radio][name='" + name + "'][value='" + (x === null ? "" : String(x)) + "']");
            if (radio && !form.querySelector("input[type=radio][name='" + name + "']:checked")) { radio.checked = true; }
        });
        updateProgress();
    }

    if (api && window.crypto && window.crypto.subtle && window.TextEncoder) {
        window.crypto.subtle.digest("SHA-256", new TextEncoder().encode(location.pathname)).then(function (digest) {
            storageKey = "alliance-draft-" + Array.prototype.map.call(new Uint8Array(digest), function (b) {
                return ("0" + b.toString(16)).slice(-2);
            }).join("");
            var saved = window.localStorage && localStorage.getItem(storageKey);
            if (saved) { try { restore(JSON.parse(saved)); } catch (e) { localStorage.removeItem(storageKey); } }
        });
    }
    lastSent = JSON.stringify({ answers: answers() });
    updateProgress();
})();
