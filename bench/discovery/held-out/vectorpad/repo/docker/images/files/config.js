// Frontend configuration
//var vectorpadFlags = "";
