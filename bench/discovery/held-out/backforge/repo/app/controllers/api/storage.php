<?php

use Appwrite\ClamAV\Network;
use Appwrite\Event\Delete;
use Appwrite\Event\Event;
use Appwrite\Utopia\Response;
use Utopia\App;
use Utopia\Database\Database;
use Utopia\Database\Document;
use Utopia\Database\Helpers\ID;
use Utopia\Storage\Device;
use Utopia\Storage\Storage;
use Utopia\Swoole\Request;
use Utopia\Validator\Text;

App::post('/v1/storage/buckets/:bucketId/files')
    ->desc('Create file')
    ->groups(['api', 'storage'])
    ->label('scope', 'files.write')
    ->label('event', 'buckets.[bucketId].files.[fileId].create')
    ->label('audits.event', 'file.create')
    ->label('audits.resource', 'file/{response.$id}')
    ->param('bucketId', '', new Text(36), 'Storage bucket unique ID.')
    ->param('fileId', '', new Text(36), 'File ID.')
    ->inject('request')
    ->inject('response')
    ->inject('dbForProject')
    ->inject('queueForEvents')
    ->inject('deviceFiles')
    ->inject('clamav')
    ->action(function (string $bucketId, string $fileId, Request $request, Response $response, Database $dbForProject, Event $queueForEvents, Device $deviceFiles, ?Network $clamav) {
        $bucket = $dbForProject->getDocument('buckets', $bucketId);
        if ($bucket->isEmpty() || !$bucket->getAttribute('enabled')) {
            throw new \Exception('Bucket not found', 404);
        }

        $file = $request->getFiles('file');
        $maximumFileSize = $bucket->getAttribute('maximumFileSize', 0);
        if ($maximumFileSize > (int) App::getEnv('_APP_STORAGE_LIMIT', 0)) {
            throw new \Exception('Maximum bucket file size is larger than _APP_STORAGE_LIMIT', 500);
        }

        $fileName = $file['name'];
        $fileTmpName = $file['tmp_name'];
        $fileSize = $file['size'];
        $fileId = $fileId === 'unique()' ? ID::unique() : $fileId;

        // Save to the configured device (S3 in this deployment, see _APP_STORAGE_DEVICE)
        $path = $deviceFiles->getPath($fileId . '.' . \pathinfo($fileName, PATHINFO_EXTENSION));
        $path = str_ireplace($deviceFiles->getRoot(), $deviceFiles->getRoot() . DIRECTORY_SEPARATOR . $bucket->getId(), $path);

        // Antivirus only when _APP_STORAGE_ANTIVIRUS=enabled (off by default)
        if ($clamav !== null && $bucket->getAttribute('antivirus', true) && $fileSize <= APP_LIMIT_ANTIVIRUS) {
            if (!$clamav->fileScan($fileTmpName)) {
                throw new \Exception('Invalid file', 403);
            }
        }

        $chunksUploaded = $deviceFiles->upload($fileTmpName, $path, 1, 1);
        if (empty($chunksUploaded)) {
            throw new \Exception('Failed uploading file', 500);
        }

        $doc = $dbForProject->createDocument('bucket_' . $bucket->getInternalId(), new Document([
            '$id' => $fileId,
            'bucketId' => $bucket->getId(),
            'bucketInternalId' => $bucket->getInternalId(),
            'name' => $fileName,
            'path' => $path,
            'signature' => $deviceFiles->getFileHash($path),
            'mimeType' => $deviceFiles->getFileMimeType($path),
            'sizeOriginal' => $fileSize,
            'sizeActual' => $deviceFiles->getFileSize($path),
            'chunksTotal' => 1,
            'chunksUploaded' => $chunksUploaded,
        ]));

        $queueForEvents->setParam('bucketId', $bucket->getId())->setParam('fileId', $doc->getId());

        $response->setStatusCode(Response::STATUS_CODE_CREATED)->dynamic($doc, Response::MODEL_FILE);
    });

App::get('/v1/storage/buckets/:bucketId/files/:fileId/download')
    ->desc('Get file for download')
    ->groups(['api', 'storage'])
    ->label('scope', 'files.read')
    ->param('bucketId', '', new Text(36), 'Storage bucket ID.')
    ->param('fileId', '', new Text(36), 'File ID.')
    ->inject('response')
    ->inject('dbForProject')
    ->inject('deviceFiles')
    ->action(function (string $bucketId, string $fileId, Response $response, Database $dbForProject, Device $deviceFiles) {
        $bucket = $dbForProject->getDocument('buckets', $bucketId);
        $file = $dbForProject->getDocument('bucket_' . $bucket->getInternalId(), $fileId);

        if ($file->isEmpty()) {
            throw new \Exception('File not found', 404);
        }

        $path = $file->getAttribute('path', '');
        if (!$deviceFiles->exists($path)) {
            throw new \Exception('File not found in ' . $path, 404);
        }

        $response
            ->setContentType($file->getAttribute('mimeType'))
            ->addHeader('Content-Disposition', 'attachment; filename="' . $file->getAttribute('name', '') . '"')
            ->send($deviceFiles->read($path));
    });

App::delete('/v1/storage/buckets/:bucketId')
    ->desc('Delete bucket')
    ->groups(['api', 'storage'])
    ->label('scope', 'buckets.write')
    ->label('event', 'buckets.[bucketId].delete')
    ->param('bucketId', '', new Text(36), 'Bucket unique ID.')
    ->inject('response')
    ->inject('dbForProject')
    ->inject('queueForDeletes')
    ->inject('queueForEvents')
    ->action(function (string $bucketId, Response $response, Database $dbForProject, Delete $queueForDeletes, Event $queueForEvents) {
        $bucket = $dbForProject->getDocument('buckets', $bucketId);
        if ($bucket->isEmpty()) {
            throw new \Exception('Bucket not found', 404);
        }
        $dbForProject->deleteDocument('buckets', $bucketId);

        $queueForDeletes
            ->setType(DELETE_TYPE_DOCUMENT)
            ->setDocument($bucket);

        $queueForEvents->setParam('bucketId', $bucket->getId())->setPayload($response->output($bucket, Response::MODEL_BUCKET));

        $response->noContent();
    });
