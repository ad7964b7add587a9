@ModuleGen(name = "portfolio", groupPackage = "io.kestrel.bourse.portfolio")
package io.kestrel.bourse.portfolio;

import io.vertx.codegen.annotations.ModuleGen;
