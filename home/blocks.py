"""The shared base stream: blocks every page body on the portal can use.

Apps extend ``BaseStreamBlock`` in their own ``blocks.py`` with blocks of their own.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Testo"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Livello"),
        choices=[("h2", _("Titolo di sezione (h2)")), ("h3", _("Sottotitolo (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titolo")
        template = "blocks/heading_block.html"
        description = _("Un titolo che apre una sezione; compare nell'indice della pagina.")
        preview_value = {"text": "Come funziona il welfare di comunità", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citazione"))
    attribution = blocks.CharBlock(label=_("Fonte o autore"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citazione")
        template = "blocks/quote_block.html"
        description = _("Una frase messa in evidenza, con chi l'ha detta.")
        preview_value = {
            "quote": "Chi riceve aiuto oggi può offrirlo domani: così una comunità resta unita.",
            "attribution": "Una volontaria dello sportello",
        }


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Immagine"))
    alt_text = blocks.CharBlock(
        label=_("Testo alternativo"),
        max_length=250,
        help_text=_("Descrivi l'immagine per chi non può vederla."),
    )
    caption = blocks.CharBlock(label=_("Didascalia"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Immagine con didascalia")
        template = "blocks/captioned_image_block.html"
        description = _("Un'immagine a tutta larghezza con testo alternativo e didascalia.")


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titolo del riquadro"), max_length=120)
    text = blocks.RichTextBlock(label=_("Testo"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Riquadro in evidenza")
        template = "blocks/callout_block.html"
        description = _("Un consiglio pratico o un'avvertenza, in un riquadro colorato.")
        preview_value = {
            "title": "Da sapere",
            "text": "<p>Lo sportello welfare del tuo Comune ti aiuta a compilare la domanda.</p>",
        }


class BaseStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragrafo"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Testo con grassetto, corsivo, elenchi e collegamenti."),
        preview_value="<p>Il welfare di comunità nasce dalla collaborazione tra enti pubblici, "
        "imprese e terzo settore.</p>",
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    callout = CalloutBlock()
