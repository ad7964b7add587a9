import { createContext, forwardRef, useCallback, useContext, useMemo, useState } from "react";
import { ErrorWrapper } from "../components/Error/Error";
import { modal } from "../components/Modal/Modal";
import { API_CONFIG } from "../config/ApiConfig";
import { APIProxy } from "../utils/api-proxy";
import { absoluteURL, isDefined } from "../utils/helpers";

const API = new APIProxy(API_CONFIG);

export const ApiContext = createContext();
ApiContext.displayName = "ApiContext";

let apiLocked = false;

const errorFormatter = (result) => {
  const { response } = result;
  const isShutdown = String(response?.detail ?? result?.error) === String(undefined);

  return {
    isShutdown,
    title: result.error ? "Runtime error" : "Server error",
    message: response?.detail ?? result?.error,
    stacktrace: response?.exc_info ?? null,
    version: response?.version,
    validation: Object.entries(response?.validation_errors ?? {}),
  };
};

const handleError = async (response, showModal = true) => {
  let result = response;

  if (result instanceof Response) {
    result = await API.generateError(response);
  }

  if (response.status === 401) {
    location.href = absoluteURL("/");
    return;
  }

  const { isShutdown, ...formattedError } = errorFormatter(result);

  if (showModal) {
    modal({
      unsafeVisible: true,
      allowClose: !isShutdown,
      body: isShutdown ? (
        <ErrorWrapper possum={false} title={"Connection refused"} message={"Server not responding. Is it still running?"} />
      ) : (
        <ErrorWrapper {...formattedError} />
      ),
      simple: true,
      style: { width: 680 },
    });
  }

  return isShutdown;
};

export const ApiProvider = forwardRef(({ children }, ref) => {
  const [error, setError] = useState(null);

  const callApi = useCallback(async (method, { params = {}, errorFilter, ...rest } = {}) => {
    if (apiLocked) return;

    const requestParams = { ...params };
    const result = await API[method](requestParams, rest);

    if (result.error || result.status >= 400) {
      const requestCancelled = result.error?.includes?.("aborted");
      if (requestCancelled) return;
      const shouldShowError = !isDefined(errorFilter) || errorFilter(result) === false;
      if (shouldShowError) {
        setError(result);
        apiLocked = apiLocked || (await handleError(result, true));
      }
    }

    return result;
  }, []);

  const contextValue = useMemo(
    () => ({ api: API, callApi, handleError, resetError: () => setError(null), error }),
    [error],
  );

  if (ref) ref.current = contextValue;

  return <ApiContext.Provider value={contextValue}>{children}</ApiContext.Provider>;
});

export const useAPI = () => useContext(ApiContext).callApi;
