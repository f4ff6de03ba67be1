# Open Referral (HSDS) identifiers for providers and services.
#
# A field with a callable default added in one step would give every existing row the
# same value, so: add it nullable, give each existing page its own UUID, then set the
# default and the index. (Not unique: Wagtail's aliases copy every field of their page.)

import uuid

from django.db import migrations, models


def give_ids(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    for model_name in ("ProviderPage", "ServicePage"):
        model = apps.get_model("catalogue", model_name)
        ids = {}
        for page in model.objects.filter(hsds_id__isnull=True).only("pk"):
            page.hsds_id = ids[str(page.pk)] = uuid.uuid4()
            page.save(update_fields=["hsds_id"])
        content_type = ContentType.objects.filter(
            app_label="catalogue", model=model_name.lower()
        ).first()
        if content_type is None or not ids:
            continue
        # Revisions saved before this migration do not know the field: publishing or
        # reverting to one of them would otherwise give the page a new random id.
        for revision in Revision.objects.filter(
            content_type=content_type, object_id__in=list(ids)
        ).iterator():
            if "hsds_id" not in revision.content:
                revision.content["hsds_id"] = str(ids[revision.object_id])
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="providerpage",
            name="hsds_id",
            field=models.UUIDField(
                editable=False, null=True, verbose_name="identificativo Open Referral"
            ),
        ),
        migrations.AddField(
            model_name="servicepage",
            name="hsds_id",
            field=models.UUIDField(
                editable=False, null=True, verbose_name="identificativo Open Referral"
            ),
        ),
        migrations.RunPython(give_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="providerpage",
            name="hsds_id",
            field=models.UUIDField(
                default=uuid.uuid4,
                db_index=True,
                editable=False,
                verbose_name="identificativo Open Referral",
            ),
        ),
        migrations.AlterField(
            model_name="servicepage",
            name="hsds_id",
            field=models.UUIDField(
                default=uuid.uuid4,
                db_index=True,
                editable=False,
                verbose_name="identificativo Open Referral",
            ),
        ),
    ]
