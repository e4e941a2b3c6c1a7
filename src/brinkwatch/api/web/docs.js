// Starts Swagger UI on the API's own OpenAPI document (a file, not an inline script: the CSP allows no inline code).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
