def update_module_store_settings(module_store_setting, doc_store_settings=None, default_store=None):
    """Inject DOC_STORE_CONFIG into every store of the mixed modulestore."""
    for store in module_store_setting["default"]["OPTIONS"]["stores"]:
        if doc_store_settings:
            store["DOC_STORE_CONFIG"] = dict(doc_store_settings)
    if default_store:
        stores = module_store_setting["default"]["OPTIONS"]["stores"]
        stores.sort(key=lambda s: s["NAME"] != default_store)
    return module_store_setting
