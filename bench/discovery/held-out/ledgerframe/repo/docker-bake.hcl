variable "REGISTRY_USER" {
    default = "frappe"
}
variable "FRAPPE_VERSION" {
    default = "version-15"
}
variable "ERPNEXT_VERSION" {
    default = "version-15"
}

group "default" {
    targets = ["erpnext"]
}

target "erpnext" {
    dockerfile = "images/production/Containerfile"
    target = "erpnext"
    args = {
      "FRAPPE_BRANCH" = FRAPPE_VERSION
      "ERPNEXT_BRANCH" = ERPNEXT_VERSION
    }
    tags = ["${REGISTRY_USER}/erpnext:${ERPNEXT_VERSION}"]
}
