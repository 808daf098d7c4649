// Clinic settings: the brand colour's preview follows what is typed or picked.
// Without this script the preview shows the saved colour.
document.querySelectorAll("[data-brand-colour]").forEach((widget) => {
  const input = widget.querySelector("input[type=text]");
  const picker = widget.querySelector("[data-brand-colour-picker]");
  const preview = widget.querySelector("[data-brand-colour-preview]");
  const hex = /^#[0-9a-fA-F]{6}$/;
  const show = (colour) => {
    if (!hex.test(colour)) return;
    preview.hidden = false;
    widget.querySelector("[data-brand-colour-on]").style.backgroundColor = colour;
    widget.querySelector("[data-brand-colour-text]").style.color = colour;
    picker.value = colour.toLowerCase();
  };
  picker.closest("label").hidden = false;
  input.addEventListener("input", () => show(input.value.trim()));
  picker.addEventListener("input", () => {
    input.value = picker.value;
    show(picker.value);
  });
});
