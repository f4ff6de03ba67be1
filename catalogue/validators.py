"""Validators for Italian identifiers of organisations."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ODD_VALUES = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
         11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
        strict=True,
    )
)  # fmt: skip


def numeric_check_digit(first_ten: str) -> int:
    """Check digit of an 11-digit partita IVA (or numeric codice fiscale)."""
    total = 0
    for position, char in enumerate(first_ten):
        digit = int(char)
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


def is_valid_partita_iva(value: str) -> bool:
    return bool(re.fullmatch(r"\d{11}", value)) and numeric_check_digit(value[:10]) == int(
        value[10]
    )


def personal_check_char(first_fifteen: str) -> str:
    total = 0
    for position, char in enumerate(first_fifteen):
        if position % 2 == 0:  # 1st, 3rd, ... characters are "odd" positions
            total += ODD_VALUES[char]
        else:
            total += int(char) if char.isdigit() else ord(char) - ord("A")
    return chr(ord("A") + total % 26)


def validate_partita_iva(value: str) -> None:
    if not is_valid_partita_iva(value):
        raise ValidationError(
            _("La partita IVA ha 11 cifre e l'ultima è di controllo: verifica il numero."),
            code="invalid_partita_iva",
        )


def validate_codice_fiscale(value: str) -> None:
    """Organisations have an 11-digit codice fiscale; people a 16-character one."""
    value = value.upper()
    personal = r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]"
    if is_valid_partita_iva(value):
        return
    if re.fullmatch(personal, value) and personal_check_char(value[:15]) == value[15]:
        return
    raise ValidationError(
        _(
            "Il codice fiscale non è valido: deve avere 11 cifre (enti e imprese) o "
            "16 caratteri (persone), con il carattere di controllo corretto."
        ),
        code="invalid_codice_fiscale",
    )


def validate_runts_number(value: str) -> None:
    if not re.fullmatch(r"\d{1,10}", value):
        raise ValidationError(
            _("Il numero di iscrizione al RUNTS contiene solo cifre."), code="invalid_runts"
        )
