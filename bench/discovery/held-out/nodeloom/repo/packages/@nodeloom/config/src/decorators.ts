import 'reflect-metadata';
import { readFileSync } from 'fs';
import { Container, Service } from 'typedi';

type PropertyKey = string | symbol;
type PropertyType = number | boolean | string | StringConstructor | NumberConstructor | BooleanConstructor;
interface PropertyMetadata {
	type: unknown;
	envName?: string;
}

const globalMetadata = new Map<Function, Map<PropertyKey, PropertyMetadata>>();

const readEnv = (envName: string) => {
	if (envName in process.env) return process.env[envName];

	// Support `_FILE` suffix to load values from files (docker secrets)
	const fileEnvName = `${envName}_FILE`;
	if (fileEnvName in process.env) return readFileSync(process.env[fileEnvName]!, 'utf8');

	return undefined;
};

/** Marks a class as a config section. Values are read from env vars on instantiation. */
export const Config: ClassDecorator = (ConfigClass: Function) => {
	const factory = function () {
		const config = new (ConfigClass as new () => Record<PropertyKey, unknown>)();
		const classMetadata = globalMetadata.get(ConfigClass);
		if (!classMetadata) throw new Error('Invalid config class: ' + ConfigClass.name);

		for (const [key, { type, envName }] of classMetadata) {
			if (typeof type === 'function' && globalMetadata.has(type)) {
				config[key] = Container.get(type as new () => unknown);
			} else if (envName) {
				const value = readEnv(envName);
				if (value === undefined) continue;

				if (type === Number) {
					const parsed = Number(value);
					if (isNaN(parsed)) {
						console.warn(`Invalid number value for ${envName}: ${value}`);
					} else {
						config[key] = parsed;
					}
				} else if (type === Boolean) {
					config[key] = value.toLowerCase() === 'true';
				} else {
					config[key] = value;
				}
			}
		}
		return config;
	};
	return Service({ factory })(ConfigClass);
};

export const Nested: PropertyDecorator = (target: object, key: PropertyKey) => {
	const ConfigClass = target.constructor;
	const classMetadata = globalMetadata.get(ConfigClass) ?? new Map<PropertyKey, PropertyMetadata>();
	const type = Reflect.getMetadata('design:type', target, key) as PropertyType;
	classMetadata.set(key, { type });
	globalMetadata.set(ConfigClass, classMetadata);
};

export const Env =
	(envName: string): PropertyDecorator =>
	(target: object, key: PropertyKey) => {
		const ConfigClass = target.constructor;
		const classMetadata = globalMetadata.get(ConfigClass) ?? new Map<PropertyKey, PropertyMetadata>();
		const type = Reflect.getMetadata('design:type', target, key) as PropertyType;
		classMetadata.set(key, { type, envName });
		globalMetadata.set(ConfigClass, classMetadata);
	};
