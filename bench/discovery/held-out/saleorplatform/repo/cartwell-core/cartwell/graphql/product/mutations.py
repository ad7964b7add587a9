import graphene
from django.core.files.storage import default_storage

from ...csv.tasks import export_products_task
from ...csv.models import ExportFile
from ...product.models import Product, ProductMedia
from ...thumbnail.tasks import create_product_thumbnails_task


class ProductMediaCreate(graphene.Mutation):
    class Arguments:
        product_id = graphene.ID(required=True)
        image = graphene.String(required=True, description="Name of the multipart file.")

    media_id = graphene.ID()

    @classmethod
    def mutate(cls, root, info, product_id, image):
        product = Product.objects.get(pk=product_id)
        upload = info.context.FILES[image]
        # default_storage is S3MediaStorage when AWS_MEDIA_BUCKET_NAME is set,
        # the shared media volume otherwise.
        path = default_storage.save(f"products/{upload.name}", upload)
        media = ProductMedia.objects.create(product=product, image=path)
        create_product_thumbnails_task.delay(media.pk)
        return ProductMediaCreate(media_id=media.pk)


class ProductExport(graphene.Mutation):
    class Arguments:
        file_type = graphene.String(default_value="csv")

    export_file_id = graphene.ID()

    @classmethod
    def mutate(cls, root, info, file_type):
        export_file = ExportFile.objects.create(user=info.context.user)
        export_products_task.delay(export_file.pk, file_type)
        return ProductExport(export_file_id=export_file.pk)
