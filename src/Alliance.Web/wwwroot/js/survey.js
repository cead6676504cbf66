// Progressive enhancement of the survey form. Without this script the page is a plain form that works;
// with it: sliders for rating items, a live progress count, autosave of drafts every few seconds, and a copy of
// unsent answers in localStorage (keyed by a hash of the link, never the link itself) until the server confirms.
(function () {
    "use strict";
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

    function updateProgress() {
        var a = answers();
        var done = Object.keys(a).filter(function (k) { return a[k] !== null; }).length;
        var bar = document.getElementById("progress");
        var text = document.getElementById("progress-text");
        if (bar) { bar.value = done; }
        if (text) { text.textContent = text.getAttribute("data-template").replace("{0}", done).replace("{1}", names.length); }
    }

    // Sliders: a range input mirrors each rating's text field; the text field stays for keyboard and screen readers.
    Array.prototype.forEach.call(form.querySelectorAll(".rating"), function (rating) {
        var input = rating.querySelector("input[type=text]");
        var slider = document.createElement("input");
        slider.type = "range";
        slider.min = rating.getAttribute("data-min");
        slider.max = rating.getAttribute("data-max");
        slider.step = rating.getAttribute("data-step");
        slider.setAttribute("aria-hidden", "true");
        slider.tabIndex = -1;
        function fromText() {
            var x = Number(input.value.replace(",", "."));
            if (input.value.trim() !== "" && isFinite(x)) { slider.value = x; slider.classList.remove("unset"); }
            else { slider.value = (Number(slider.min) + Number(slider.max)) / 2; slider.classList.add("unset"); }
        }
        slider.addEventListener("input", function () { input.value = slider.value; slider.classList.remove("unset"); changed(); });
        input.addEventListener("input", fromText);
        fromText();
        input.insertAdjacentElement("afterend", slider);
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

    function changed() { updateProgress(); remember(); }

    form.addEventListener("change", changed);
    form.addEventListener("input", changed);
    window.setInterval(save, 4000);
    document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") { save(); } });

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

    if (window.crypto && window.crypto.subtle && window.TextEncoder) {
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
