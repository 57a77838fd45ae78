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
