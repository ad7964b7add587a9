package io.tidewater.store.cart.model;

import org.infinispan.protostream.GeneratedSchema;
import org.infinispan.protostream.annotations.AutoProtoSchemaBuilder;

@AutoProtoSchemaBuilder(
    includeClasses = { ShoppingCart.class, ShoppingCartItem.class },
    schemaPackageName = "tidewater.cart")
public interface CartSchema extends GeneratedSchema {
}
