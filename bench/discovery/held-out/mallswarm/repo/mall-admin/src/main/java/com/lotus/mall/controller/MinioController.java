package com.lotus.mall.controller;

import cn.hutool.core.date.DateUtil;
import com.lotus.mall.common.api.CommonResult;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.SetBucketPolicyArgs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.multipart.MultipartFile;

import java.util.Date;
import java.util.Map;

/**
 * Product image upload to MinIO.
 */
@RestController
@Tag(name = "MinioController", description = "MinIO object storage")
@RequestMapping("/minio")
public class MinioController {
    private static final Logger LOGGER = LoggerFactory.getLogger(MinioController.class);
    private static final String PUBLIC_READ_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["*"]},
            "Action":["s3:GetObject"],"Resource":["arn:aws:s3:::%s/*"]}]}""";

    @Value("${minio.endpoint}")
    private String endpoint;
    @Value("${minio.publicEndpoint}")
    private String publicEndpoint;
    @Value("${minio.bucketName}")
    private String bucketName;
    @Value("${minio.accessKey}")
    private String accessKey;
    @Value("${minio.secretKey}")
    private String secretKey;

    private MinioClient client() {
        return MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).build();
    }

    @Operation(summary = "upload a file")
    @PostMapping("/upload")
    public CommonResult upload(@RequestPart("file") MultipartFile file) {
        try {
            MinioClient minioClient = client();
            boolean exists = minioClient.bucketExists(BucketExistsArgs.builder().bucket(bucketName).build());
            if (!exists) {
                minioClient.makeBucket(MakeBucketArgs.builder().bucket(bucketName).build());
                minioClient.setBucketPolicy(SetBucketPolicyArgs.builder()
                        .bucket(bucketName).config(PUBLIC_READ_POLICY.formatted(bucketName)).build());
            }
            String objectName = DateUtil.format(new Date(), "yyyyMMdd") + "/" + file.getOriginalFilename();
            minioClient.putObject(PutObjectArgs.builder()
                    .bucket(bucketName)
                    .object(objectName)
                    .contentType(file.getContentType())
                    .stream(file.getInputStream(), file.getSize(), -1).build());
            LOGGER.info("uploaded {}", objectName);
            return CommonResult.success(Map.of(
                    "name", objectName,
                    "url", publicEndpoint + "/" + bucketName + "/" + objectName));
        } catch (Exception e) {
            LOGGER.error("upload failed", e);
        }
        return CommonResult.failed();
    }

    @Operation(summary = "delete a file")
    @PostMapping("/delete")
    public CommonResult delete(@RequestParam("objectName") String objectName) {
        try {
            client().removeObject(RemoveObjectArgs.builder().bucket(bucketName).object(objectName).build());
            return CommonResult.success(null);
        } catch (Exception e) {
            LOGGER.error("delete failed", e);
        }
        return CommonResult.failed();
    }
}
