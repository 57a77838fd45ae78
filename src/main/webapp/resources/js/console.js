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
