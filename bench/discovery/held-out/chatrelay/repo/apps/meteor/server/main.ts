import './services/startup';
import { checkReplicaSet } from './database/utils';
import { createFileUploadSettings } from './settings/fileUpload';
import { createPushSettings } from './settings/push';
import { LDAPConnection } from './lib/ldap/LDAPConnection';

createFileUploadSettings();
createPushSettings();

void checkReplicaSet();
void new LDAPConnection().connect();
