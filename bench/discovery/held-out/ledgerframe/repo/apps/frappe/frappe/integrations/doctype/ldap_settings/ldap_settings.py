# LDAP login. Only active when "Enabled" is ticked in LDAP Settings (off by default).
import frappe


class LDAPSettings:
    enabled = 0
    ldap_server_url = None  # e.g. ldap://ldap.example.com:389

    def connect_to_ldap(self, base_dn, password):
        import ldap3

        server = ldap3.Server(self.ldap_server_url)
        return ldap3.Connection(server=server, user=base_dn, password=password, auto_bind=True)
