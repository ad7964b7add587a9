from collections.abc import Sequence

from core.plugin.entities.plugin import PluginDeclaration, PluginEntity, PluginInstallation
from core.plugin.entities.plugin_daemon import PluginInstallTask, PluginInstallTaskStartResponse
from core.plugin.impl.base import BasePluginClient


class PluginInstaller(BasePluginClient):
    def list_plugins(self, tenant_id: str) -> list[PluginEntity]:
        return self._request_with_plugin_daemon_response(
            "GET",
            f"plugin/{tenant_id}/management/list",
            list[PluginEntity],
            params={"page": 1, "page_size": 256},
        )

    def upload_pkg(self, tenant_id: str, pkg: bytes, verify_signature: bool = False):
        """
        Upload a plugin package and return the plugin unique identifier.
        """
        body = {"yard_pkg": ("yard_pkg", pkg, "application/octet-stream")}
        data = {"verify_signature": "true" if verify_signature else "false"}

        return self._request_with_plugin_daemon_response(
            "POST",
            f"plugin/{tenant_id}/management/install/upload/package",
            dict,
            files=body,
            data=data,
        )

    def install_from_identifiers(
        self, tenant_id: str, identifiers: Sequence[str], source: str, metas: list[dict]
    ) -> PluginInstallTaskStartResponse:
        return self._request_with_plugin_daemon_response(
            "POST",
            f"plugin/{tenant_id}/management/install/identifiers",
            PluginInstallTaskStartResponse,
            data={"plugin_unique_identifiers": identifiers, "source": source, "metas": metas},
            headers={"Content-Type": "application/json"},
        )

    def fetch_plugin_installation_task(self, tenant_id: str, task_id: str) -> PluginInstallTask:
        return self._request_with_plugin_daemon_response(
            "GET", f"plugin/{tenant_id}/management/install/tasks/{task_id}", PluginInstallTask
        )

    def fetch_plugin_manifest(self, tenant_id: str, plugin_unique_identifier: str) -> PluginDeclaration:
        return self._request_with_plugin_daemon_response(
            "GET",
            f"plugin/{tenant_id}/management/fetch/manifest",
            PluginDeclaration,
            params={"plugin_unique_identifier": plugin_unique_identifier},
        )

    def uninstall(self, tenant_id: str, plugin_installation_id: str) -> bool:
        return self._request_with_plugin_daemon_response(
            "POST", f"plugin/{tenant_id}/management/uninstall", bool,
            data={"plugin_installation_id": plugin_installation_id},
            headers={"Content-Type": "application/json"},
        )

    def list_installations(self, tenant_id: str) -> list[PluginInstallation]:
        return self._request_with_plugin_daemon_response(
            "GET", f"plugin/{tenant_id}/management/installation/list", list[PluginInstallation]
        )
