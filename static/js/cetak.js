// Print buttons of the printable letters: shown only when JavaScript runs (without it, the
// browser's own Print command does the same), and they open the print dialog.
document.querySelectorAll("[data-cetak]").forEach(function (tombol) {
    tombol.hidden = false;
    tombol.addEventListener("click", function () {
        window.print();
    });
});
