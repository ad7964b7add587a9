// Frontend configuration (local development)
var vectorpadFlags = "enable-login-with-password enable-registration enable-onboarding";
// var vectorpadPublicURI = "http://localhost:3449";
