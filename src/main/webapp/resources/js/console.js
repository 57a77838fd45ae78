// Copy buttons: <button class="copy" data-copy="inputId"> copies that input's value.
document.addEventListener('click', function (event) {
    var button = event.target.closest('button.copy');
    if (!button) {
        return;
    }
    var input = document.getElementById(button.getAttribute('data-copy'));
    input.select();
    if (navigator.clipboard) {
        navigator.clipboard.writeText(input.value);
    } else {
        document.execCommand('copy');
    }
    button.textContent = 'Copied';
});

// Progress: an element with data-refresh="url" (a sync that is running) reloads that page
// every few seconds, as a plain GET, until the page no longer has it.
document.addEventListener('DOMContentLoaded', function () {
    var progress = document.querySelector('[data-refresh]');
    if (progress) {
        setTimeout(function () {
            window.location.replace(progress.getAttribute('data-refresh'));
        }, 2000);
    }
});

// Profile fields: a row's allowed values are for multiple choice only, so text rows hide them
// (the form ignores them for text anyway; without script they simply stay visible).
function showAllowedValues(select) {
    var values = select.closest('tr').querySelector('.allowed-values');
    if (values) {
        values.hidden = select.value !== 'choice';
    }
}
document.addEventListener('change', function (event) {
    if (event.target.matches('select.field-type')) {
        showAllowedValues(event.target);
    }
});
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select.field-type').forEach(showAllowedValues);
});
