"""Municipalities come from ISTAT's list; identifiers are validated."""

from django.core.exceptions import ValidationError

import pytest

from catalogue.models import Municipality
from catalogue.municipalities import import_municipalities
from catalogue.validators import (
    numeric_check_digit,
    validate_codice_fiscale,
    validate_partita_iva,
    validate_runts_number,
)


@pytest.mark.django_db
def test_the_101_municipalities_of_padova_come_from_istat(locales):
    created, updated = import_municipalities("PD")
    again = import_municipalities("PD")

    assert (created, updated) == (101, 0)
    assert again == (0, 101)
    padova = Municipality.objects.get(code="padova")
    assert (padova.istat_code, padova.cadastral_code, padova.province) == ("028060", "G224", "PD")
    assert Municipality.objects.get(istat_code="028069").name == "Ponte San Nicolò"
    assert Municipality.objects.filter(province="PD").count() == 101


def test_valid_partita_iva_and_numeric_codice_fiscale():
    first_ten = "0123456789"
    valid = first_ten + str(numeric_check_digit(first_ten))
    validate_partita_iva(valid)
    validate_codice_fiscale(valid)


@pytest.mark.parametrize("value", ["", "123", "0123456789X", "01234567890123", "00000000001"])
def test_invalid_partita_iva_is_refused_with_a_message(value):
    with pytest.raises(ValidationError) as error:
        validate_partita_iva(value)
    assert "partita IVA" in error.value.messages[0]


def test_personal_codice_fiscale_check_character():
    validate_codice_fiscale("RSSMRA85T10A562S")
    validate_codice_fiscale("rssmra85t10a562s")
    with pytest.raises(ValidationError):
        validate_codice_fiscale("RSSMRA85T10A562T")


@pytest.mark.parametrize("value", ["12345", "1"])
def test_runts_number_is_digits(value):
    validate_runts_number(value)


@pytest.mark.parametrize("value", ["", "12a", "1" * 11, "12 34"])
def test_bad_runts_number_is_refused(value):
    with pytest.raises(ValidationError):
        validate_runts_number(value)
