/**
 * The sources for interface definitions, descriptors and infrastructure: what teams declare about
 * their systems (APIs, catalog entries, provisioned resources, app models) rather than what code does.
 */
import type { Source } from '../../source.js';
import { armTemplateSource } from './arm-template.js';
import { aspireAppHostSource } from './aspire-app-host.js';
import { asyncApiSource } from './asyncapi.js';
import { backstageSource } from './backstage.js';
import { bicepTemplateSource } from './bicep-template.js';
import { cloudFormationSource } from './cloudformation.js';
import { graphqlSchemaSource } from './graphql-schema.js';
import { openApiSource } from './openapi.js';
import { protobufSource } from './protobuf.js';
import { serverlessSource } from './serverless.js';
import { terraformSource } from './terraform.js';

/** Each source on its own, for tests and for callers that run only some. */
export { armTemplateSource, aspireAppHostSource, asyncApiSource, backstageSource, bicepTemplateSource, cloudFormationSource, graphqlSchemaSource, openApiSource, protobufSource, serverlessSource, terraformSource };

/** Every interface, descriptor and infrastructure source, in the order the scanner runs them. */
export const interfaceSources: Source[] = [openApiSource, asyncApiSource, protobufSource, graphqlSchemaSource, backstageSource, terraformSource, armTemplateSource, bicepTemplateSource, cloudFormationSource, serverlessSource, aspireAppHostSource];
