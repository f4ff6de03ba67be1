from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import BaseStreamBlock


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Indirizzo"))
    title = blocks.CharBlock(label=_("Titolo del collegamento"), max_length=200)
    description = blocks.TextBlock(label=_("Descrizione"), required=False, max_length=400)

    class Meta:
        icon = "link-external"
        label = _("Collegamento esterno")


class FurtherReadingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titolo"), max_length=120, default="Per approfondire")
    links = blocks.ListBlock(ExternalLinkBlock(), label=_("Collegamenti"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Per approfondire")
        template = "blocks/further_reading_block.html"
        description = _("Un elenco di letture esterne, ciascuna con una breve descrizione.")
        preview_value = {
            "title": "Per approfondire",
            "links": [
                {
                    "url": "https://www.istat.it/",
                    "title": "Istat",
                    "description": "Statistiche ufficiali su famiglie, lavoro e coesione sociale.",
                }
            ],
        }


class ArticleBodyBlock(BaseStreamBlock):
    further_reading = FurtherReadingBlock()
