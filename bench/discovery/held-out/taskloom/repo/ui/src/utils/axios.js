import axios from "axios";
import NProgress from "nprogress";
import {baseUrl} from "override/utils/route";

let requestsTotal = 0;
let requestsCompleted = 0;

const progressComplete = () => {
    requestsTotal = 0;
    requestsCompleted = 0;
    NProgress.done();
};

export default (callback, store, router) => {
    const instance = axios.create({
        timeout: 15000,
        headers: {
            "Content-Type": "application/json"
        },
        withCredentials: true,
        onUploadProgress: function (progressEvent) {
            if (progressEvent && progressEvent.loaded && progressEvent.total) {
                NProgress.inc(Math.floor(progressEvent.loaded * 1.0) / progressEvent.total);
            }
        }
    });

    instance.interceptors.request.use(config => {
        if (config.showLoader !== false) {
            requestsTotal++;
            NProgress.start();
        }
        if (config.url && config.url.startsWith("/")) {
            config.url = baseUrl + config.url;
        }
        return config;
    });

    instance.interceptors.response.use(
        response => {
            requestsCompleted++;
            if (requestsCompleted >= requestsTotal) {
                progressComplete();
            }
            return response;
        },
        errorResponse => {
            progressComplete();
            if (errorResponse.response && errorResponse.response.status === 401) {
                router.push({name: "login"});
                return Promise.reject(errorResponse);
            }
            console.error("API error", {
                variant: "error",
                title: "Error",
                message: errorResponse.response ? errorResponse.response.data.message : errorResponse.message,
            });
            return Promise.reject(errorResponse);
        }
    );

    instance.defaults.paramsSerializer = {indexes: null};

    callback(instance);
};
