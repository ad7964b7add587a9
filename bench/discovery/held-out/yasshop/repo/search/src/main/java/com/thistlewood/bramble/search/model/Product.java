package com.thistlewood.bramble.search.model;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

@Document(indexName = "#{@environment.getProperty('elasticsearch.index.product')}")
public record Product(
        @Id Long id,
        @Field(type = FieldType.Text) String name,
        @Field(type = FieldType.Keyword) String slug,
        @Field(type = FieldType.Double) BigDecimal price,
        @Field(type = FieldType.Boolean) boolean published,
        @Field(type = FieldType.Keyword) String brand,
        @Field(type = FieldType.Keyword, index = false) String thumbnailUrl,
        @Field(type = FieldType.Date) Instant indexedAt) {
}
