/// The OpenAPI 3.1 document of every walletable and webview endpoint, as the sandbox serves them: written once, here,
/// shipped inside the binary (`GET /_sandbox/openapi.json`, `minted api openapi`) and checked by tests and CI.
public enum OpenAPIDocument {
    /// The document as JSON text.
    public static let json: String = ##"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Minted Connect Walletable E-Commerce API (as the minted sandbox serves it)",
    "version": "3",
    "description": "The wire contract of ../shared/api/walletable.md: the walletable endpoints (Digest auth) and the Embedded Webview endpoints (bearer token). Every answer is the envelope {data, success, code, message}; a refusal has success false, code = the HTTP status and, on 422, errors per field. A known path asked with another method answers 405 with Allow. The sandbox's own control API under /_sandbox/ is not part of this document; GET /_sandbox/openapi.json serves it."
  },
  "servers": [
    {
      "url": "https://api.staging.mintedconnect.com",
      "description": "Vendor staging"
    },
    {
      "url": "http://127.0.0.1:8080",
      "description": "minted sandbox --port 8080"
    }
  ],
  "tags": [
    {
      "name": "Customers"
    },
    {
      "name": "Products"
    },
    {
      "name": "Complete"
    },
    {
      "name": "Orders"
    },
    {
      "name": "Baskets"
    },
    {
      "name": "Rates"
    },
    {
      "name": "Embedded Webview"
    }
  ],
  "security": [
    {
      "digest": []
    }
  ],
  "paths": {
    "/partner/customer": {
      "post": {
        "operationId": "createCustomer",
        "summary": "Create Customer",
        "tags": [
          "Customers"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Customer"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "422 when external_id is taken or malformed, or a field breaks its limits.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CustomerCreate"
              },
              "examples": {
                "demo": {
                  "summary": "A new customer",
                  "value": {
                    "external_id": "cust-0001",
                    "firstname": "Brant",
                    "middlename": "",
                    "lastname": "Ankunding",
                    "email": "[email protected]",
                    "phone": "+905111111111",
                    "gender": "M",
                    "identity_number": "12345678910",
                    "birthdate": "1970-01-31"
                  }
                }
              }
            }
          }
        }
      }
    },
    "/partner/customer/{external_id}": {
      "get": {
        "operationId": "getCustomer",
        "summary": "Get Customer",
        "tags": [
          "Customers"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "external_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The customer's external id.",
            "example": "ea0982a7-4fd3-43ff-a682-cae5870d1eac"
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Customer"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateCustomer",
        "summary": "Update Customer",
        "tags": [
          "Customers"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "external_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The customer's external id.",
            "example": "ea0982a7-4fd3-43ff-a682-cae5870d1eac"
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Customer"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "Partial: only the fields sent change; external_id cannot change.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CustomerProfile"
              }
            }
          }
        }
      },
      "delete": {
        "operationId": "removeCustomer",
        "summary": "Remove Customer Id",
        "tags": [
          "Customers"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "external_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The customer's external id."
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "type": "null"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        },
        "description": "The customer is gone from every later call (404); open baskets are cancelled, holdings return to stock, orders stay on record."
      }
    },
    "/partner/walletable/products": {
      "get": {
        "operationId": "getProducts",
        "summary": "Get Products",
        "tags": [
          "Products"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "format": "int64",
              "minimum": 1,
              "maximum": 9223372036854775807,
              "default": 1
            }
          },
          {
            "name": "total",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 15
            },
            "description": "Page size."
          },
          {
            "name": "metal_type",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^((gold|silver)(,(gold|silver))*)?$",
              "examples": [
                "gold,silver"
              ],
              "x-list-items": {
                "enum": [
                  "gold",
                  "silver"
                ]
              }
            },
            "description": "Comma-separated metals, each gold or silver, no spaces; empty or absent: every metal."
          },
          {
            "name": "is_deliverable",
            "in": "query",
            "required": false,
            "schema": {
              "enum": [
                true,
                false,
                1,
                0
              ]
            },
            "description": "true or false (also 1 or 0, and true/false in any case): a filter; absent: both."
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/ProductPage"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        }
      }
    },
    "/partner/walletable/complete/buy": {
      "post": {
        "operationId": "completeBuy",
        "summary": "Complete Buy",
        "tags": [
          "Complete"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The order: the basket with order_creation_status `order`.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Basket"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "404 for no such open basket (also a second completion); 409 when the price lock expired; 422 for an empty basket, another type, more than held or in stock.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BasketReference"
              }
            }
          }
        }
      }
    },
    "/partner/walletable/complete/sell": {
      "post": {
        "operationId": "completeSell",
        "summary": "Complete Sell",
        "tags": [
          "Complete"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The order: the basket with order_creation_status `order`.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Basket"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "404 for no such open basket (also a second completion); 409 when the price lock expired; 422 for an empty basket, another type, more than held or in stock.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BasketReference"
              }
            }
          }
        }
      }
    },
    "/partner/walletable/complete/delivery": {
      "post": {
        "operationId": "completeDelivery",
        "summary": "Complete Delivery",
        "tags": [
          "Complete"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The order: the basket with order_creation_status `order`.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Basket"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "404 for no such open basket (also a second completion); 409 when the price lock expired; 422 for an empty basket, another type, more than held or in stock. shipping_address is required.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CompleteDelivery"
              }
            }
          }
        }
      }
    },
    "/partner/walletable/orders": {
      "get": {
        "operationId": "getOrders",
        "summary": "Get Orders",
        "tags": [
          "Orders"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "format": "int64",
              "minimum": 1,
              "maximum": 9223372036854775807,
              "default": 1
            }
          },
          {
            "name": "total",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 20
            },
            "description": "Page size."
          },
          {
            "name": "sortBy",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "order_at",
                "created_at",
                "id",
                "total",
                "paid_total",
                "status_id"
              ],
              "default": "order_at"
            }
          },
          {
            "name": "sortType",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^([Aa][Ss][Cc]|[Dd][Ee][Ss][Cc])$",
              "default": "desc"
            },
            "description": "asc or desc, any case."
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^(0*([1-9]|1[0-2])(,0*([1-9]|1[0-2]))*)?$",
              "examples": [
                "5,6"
              ],
              "x-list-items": {
                "type": "integer",
                "minimum": 1,
                "maximum": 12
              }
            },
            "description": "Comma-separated status ids, 1 Created, 2 Pending, 3 Processing, 4 Cancelled, 5 Completed, 6 Preparing, 7 Packed, 8 Shipped, 9 Transferring, 10 Refunding, 11 Refunded, 12 Payment Confirmed; empty: every status."
          },
          {
            "name": "startDate",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "YYYY-MM-DD (a UTC day) or a full timestamp; another is a 422."
          },
          {
            "name": "endDate",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "YYYY-MM-DD (inclusive) or a full timestamp; another is a 422."
          },
          {
            "name": "tx_type",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^((buy|sell|delivery)(,(buy|sell|delivery))*)?$",
              "examples": [
                "buy,sell"
              ],
              "x-list-items": {
                "enum": [
                  "buy",
                  "sell",
                  "delivery"
                ]
              }
            },
            "description": "Comma-separated basket types, each buy, sell or delivery; empty: every type."
          },
          {
            "name": "customer_external_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Note the name: the body fields say external_customer_id. Unknown: 404."
          },
          {
            "name": "orderId",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Matches an increment_id, guid or id."
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/OrderPage"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "Completed orders only, newest first unless sorted otherwise."
      }
    },
    "/partner/walletable/receipt": {
      "get": {
        "operationId": "getReceipt",
        "summary": "Receipt",
        "tags": [
          "Orders"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "external_customer_id",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "Unknown: 404.",
            "example": "ea0982a7-4fd3-43ff-a682-cae5870d1eac"
          },
          {
            "name": "guid",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The order's guid."
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Receipt"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        }
      }
    },
    "/partner/walletable/balance": {
      "get": {
        "operationId": "getBalance",
        "summary": "Balance / Wallet",
        "tags": [
          "Orders"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "metal_type",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^((gold|silver)(,(gold|silver))*)?$",
              "examples": [
                "gold,silver"
              ],
              "x-list-items": {
                "enum": [
                  "gold",
                  "silver"
                ]
              }
            },
            "description": "Comma-separated metals, each gold or silver, no spaces; empty or absent: every metal."
          },
          {
            "name": "external_customer_id",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "Unknown: 404.",
            "example": "ea0982a7-4fd3-43ff-a682-cae5870d1eac"
          },
          {
            "name": "is_deliverable",
            "in": "query",
            "required": false,
            "schema": {
              "enum": [
                true,
                false,
                1,
                0
              ]
            },
            "description": "true (or 1): only holdings a delivery basket can take; false (or 0) or absent: every holding."
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Holding"
                      }
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        }
      }
    },
    "/partner/walletable/basket": {
      "get": {
        "operationId": "getActiveBasket",
        "summary": "Get Active Basket",
        "tags": [
          "Baskets"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "external_customer_id",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "Unknown: 404.",
            "example": "ea0982a7-4fd3-43ff-a682-cae5870d1eac"
          },
          {
            "name": "type",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "buy",
                "sell",
                "delivery"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The open basket of that type, or null when none is open.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "oneOf": [
                        {
                          "type": "null"
                        },
                        {
                          "$ref": "#/components/schemas/Basket"
                        }
                      ]
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "A read never re-prices: an expired lock reads as it stands (remaining negative, updated false, as in seed 000); the next change of the basket re-prices it (pricefix.updated true)."
      },
      "delete": {
        "operationId": "deleteBasketItem",
        "summary": "Delete Basket Item",
        "tags": [
          "Baskets"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Basket"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "422 (sku) when the basket has no such line.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BasketItemRemoval"
              }
            }
          }
        }
      },
      "post": {
        "operationId": "addBasketItem",
        "summary": "Create Basket / Add Basket Item",
        "tags": [
          "Baskets"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Basket"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "Without cart_token a new basket of that type opens (replacing the customer's open one of that type); with it, that open basket gets the units.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BasketItemAddition"
              },
              "examples": {
                "demo": {
                  "summary": "Three 1 g gold bars in a new buy basket of the demo customer",
                  "value": {
                    "external_customer_id": "ea0982a7-4fd3-43ff-a682-cae5870d1eac",
                    "sku": "MNTBAE0001",
                    "qty": 3,
                    "type": "buy"
                  }
                }
              }
            }
          }
        }
      },
      "patch": {
        "operationId": "updateBasketItem",
        "summary": "Update Basket Item",
        "tags": [
          "Baskets"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Basket"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                },
                "examples": {
                  "seed004": {
                    "summary": "Seed 004: Update Basket Item (AED, Dirham Gold)",
                    "value": {
                      "data": {
                        "pricefix": {
                          "remaining": 201,
                          "nextUpdate": "2026-02-20T15:31:57+03:00"
                        },
                        "id": 10984,
                        "guid": "2695BF07-6963-40FD-9777-21670640745B",
                        "order_creation_status": "basket",
                        "external_id": null,
                        "increment_id": "59047701704",
                        "token": "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL",
                        "price_token": "I50OIXArzMS9PFK0t7BdLYrP6uHiS0GF",
                        "type": "buy",
                        "price": 1777.02,
                        "tax": 0,
                        "total": 1777.02,
                        "payment_cost": 0,
                        "paid_total": 1852.6,
                        "delivery_cost": 0,
                        "insurance_price": 0,
                        "conversion_price": 0,
                        "market_commission": 0,
                        "minted_markup_price": 0,
                        "silver_craftsmanship": 0,
                        "charge_fee": 31.1,
                        "charge_fee_rate": 1.75,
                        "minting_fee": 35.55,
                        "storage_fee": 5.33,
                        "storage_fee_rate": 0.3,
                        "charges_vat": 3.6,
                        "vat_rate": 5,
                        "currency_code": "AED",
                        "status_id": 1,
                        "status_name": "Created",
                        "customer": {
                          "external_id": "ea0982a7-4fd3-43ff-a682-cae5870d1eac",
                          "firstname": "Brant",
                          "middlename": "",
                          "lastname": "Ankunding",
                          "fullname": "Brant Ankunding",
                          "email": "[email protected]",
                          "phone": "+905111111111",
                          "gender": "M",
                          "identity_number": "12345678910",
                          "tax_office": null,
                          "birthdate": "1970-01-31",
                          "account_type": "person"
                        },
                        "shippingaddress": null,
                        "billingaddress": null,
                        "payment": {
                          "redirect_url": "",
                          "token": "",
                          "is_3d": false,
                          "auth_mode": "",
                          "amount": 1777.02,
                          "state": "new",
                          "comission": 51.18,
                          "total": 1828.2,
                          "details": null
                        },
                        "delivery": null,
                        "order_at": "2026-02-20T12:27:57.000000Z",
                        "items": [
                          {
                            "item_currency_id": 1000013,
                            "item_currency_name": "Dirham Gold",
                            "product_id": 3000099,
                            "sku": "MNTBAE0001",
                            "product_name": "Minted 1 g 999.9 Gold Bar",
                            "product_weight": 1,
                            "price": 592.34,
                            "tax_rate": 0,
                            "tax": 0,
                            "amount": 3,
                            "total": 1777.02,
                            "product_images": [
                              "https://minted-tr.mncdn.com/products/10/Z1P5eT1ggOvmgyS5bwFeW1qZwS41zj5FOL3gu4Fv.png",
                              "https://minted-tr.mncdn.com/products/10/JxMzuWaZkljzWoVXzfKZPWYY2FeAU1TQY1sAtMnv.png",
                              "https://minted-tr.mncdn.com/products/10/qzyXgt51f7ndySM5QpMQqyDN6QBZXqAomsyshp5r.png",
                              "https://minted-tr.mncdn.com/products/10/sKZiiWqLA9PdejL5mG2sMWOyPJl7FWD95ILsYtx4.png"
                            ],
                            "prices": [
                              {
                                "id": 6,
                                "name": "Fiziksel Dönüşüm",
                                "price": 0
                              },
                              {
                                "id": 4,
                                "name": "Kargo",
                                "price": 0
                              },
                              {
                                "id": 7,
                                "name": "Minting Fee",
                                "price": 11.85
                              },
                              {
                                "id": 2,
                                "name": "Sigorta",
                                "price": 0
                              }
                            ]
                          }
                        ],
                        "total_amount": 3,
                        "currency": "Dirham Gold",
                        "tx_type": "oneoffpurchase"
                      },
                      "success": true,
                      "code": 0,
                      "message": ""
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "Sets the line's absolute quantity (0 removes it); an expired lock is re-priced first (pricefix.updated true).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BasketItemUpdate"
              },
              "examples": {
                "seed004": {
                  "summary": "Seed 004's request",
                  "value": {
                    "external_customer_id": "ea0982a7-4fd3-43ff-a682-cae5870d1eac",
                    "cart_token": "SKTHzfR4HnKXmcM4XeHfFRUPq6n3jJGL",
                    "sku": "MNTBAE0001",
                    "qty": 3
                  }
                }
              }
            }
          }
        }
      }
    },
    "/partner/walletable/basket/empty": {
      "delete": {
        "operationId": "clearBasket",
        "summary": "Clear Basket",
        "tags": [
          "Baskets"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The basket, open, with no items.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Basket"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BasketReference"
              }
            }
          }
        }
      }
    },
    "/partner/walletable/currency-rates": {
      "get": {
        "operationId": "getCurrencyRates",
        "summary": "Currency Rates",
        "tags": [
          "Rates"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/CurrencyRate"
                      }
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/partner/walletable/rate-history": {
      "get": {
        "operationId": "getRateHistory",
        "summary": "Rate History",
        "tags": [
          "Rates"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "item_currency_id",
            "in": "query",
            "required": true,
            "schema": {
              "type": "integer"
            },
            "description": "A market's id (Currency Rates); unknown: 422.",
            "example": 1000013
          },
          {
            "name": "period",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "1d",
                "1w",
                "1m",
                "1y"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/RatePoint"
                      }
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        }
      }
    },
    "/partner/order/{external_order_id}/invoice": {
      "get": {
        "operationId": "getOrderInvoice",
        "summary": "Get Order Invoice",
        "tags": [
          "Orders"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          },
          {
            "name": "external_order_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "description": "The order's increment_id, guid or id."
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Invoice"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/partner/ecom/token": {
      "post": {
        "operationId": "createWebviewToken",
        "summary": "Create Token (webview)",
        "tags": [
          "Embedded Webview"
        ],
        "security": [
          {
            "digest": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "Success",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/WebviewToken"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "Partner side, Digest: a 40-character bearer token for one customer's webview session, valid 15 minutes.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebviewTokenRequest"
              }
            }
          }
        }
      }
    },
    "/partner/ecom/getActiveBasket": {
      "get": {
        "operationId": "getWebviewBasket",
        "summary": "Get Active Basket (webview)",
        "tags": [
          "Embedded Webview"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The session customer's open buy basket.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Basket"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                },
                "examples": {
                  "seed000": {
                    "summary": "Seed 000: the webview's Ecom Order basket (TRY)",
                    "value": {
                      "data": {
                        "pricefix": {
                          "remaining": -2,
                          "nextUpdate": "2024-07-19T12:42:34+03:00",
                          "updated": false
                        },
                        "id": 207,
                        "guid": "8C624BD0-3BE4-45A2-9B63-D570477007FA",
                        "order_creation_status": "basket",
                        "external_id": null,
                        "increment_id": "MC_66C7446E7F53E",
                        "token": "KOQS6Kh6j3dd0TdcmXqoC68h5O6i2tc2",
                        "price": 2960.3,
                        "tax": 0,
                        "delivery_price": 65,
                        "insurance_price": 8.12,
                        "market_commission": 209.69,
                        "minted_markup_price": 31.81,
                        "silver_craftsmanship": 0,
                        "total": 2960.3,
                        "payment_cost": 0,
                        "paid_total": 2960.3,
                        "currency_code": "TRY",
                        "status_id": 1,
                        "status_name": "Created",
                        "customer": {
                          "external_id": "{{customer_external_id}}",
                          "firstname": "John",
                          "middlename": "",
                          "lastname": "Due",
                          "fullname": "John Due",
                          "email": "[email protected]",
                          "phone": "+905330000000",
                          "gender": "M",
                          "identity_number": "12345677937",
                          "birthdate": "1970-01-31"
                        },
                        "shippingaddress": {
                          "id": 6,
                          "tax_number": "12312312",
                          "external_id": "66b3666fcc19b0487e691695",
                          "fullname": "John Due",
                          "phone": "+905330000000",
                          "city": "İstanbul",
                          "county": "Beykoz",
                          "district": "Acarlar Mah.",
                          "street": "Sokak adı",
                          "zipcode": "",
                          "address": "54 sok. No: 12"
                        },
                        "billingaddress": {
                          "id": 7,
                          "type": "billing",
                          "invoice_type": "Individual",
                          "company_name": "Minted LTD",
                          "tax_office": "Beykoz",
                          "tax_number": "2838293932",
                          "external_id": "66b3666fcc19b0487e691695",
                          "fullname": "John Due",
                          "phone": "+905330000000",
                          "email": "[email protected]",
                          "city": "İstanbul",
                          "county": "Beykoz",
                          "district": "Acarlar Mah.",
                          "street": "Sokak adı",
                          "zipcode": "",
                          "address": "54 sok. No: 13"
                        },
                        "payment": null,
                        "order_at": "2024-07-19T09:39:03.000000Z",
                        "items": [
                          {
                            "item_currency_id": 1000006,
                            "item_currency_name": "Physical Gold",
                            "product_id": 3000065,
                            "sku": "MNT0001",
                            "product_name": "Minted 1 Gr 999,9 Külçe Altın (NadirGold)",
                            "product_weight": 1.01,
                            "price": 2960.3,
                            "tax_rate": 0,
                            "tax": 0,
                            "amount": 1,
                            "total": 2960.3,
                            "product_images": [
                              "https://minted-tr.mncdn.com/products/10/Z1P5eT1ggOvmgyS5bwFeW1qZwS41zj5FOL3gu4Fv.png",
                              "https://minted-tr.mncdn.com/products/10/JxMzuWaZkljzWoVXzfKZPWYY2FeAU1TQY1sAtMnv.png",
                              "https://minted-tr.mncdn.com/products/10/qzyXgt51f7ndySM5QpMQqyDN6QBZXqAomsyshp5r.png",
                              "https://minted-tr.mncdn.com/products/10/sKZiiWqLA9PdejL5mG2sMWOyPJl7FWD95ILsYtx4.png"
                            ],
                            "prices": [
                              {
                                "id": 1,
                                "name": "Minted Markup",
                                "price": 0
                              },
                              {
                                "id": 2,
                                "name": "Sigorta",
                                "price": 5.44
                              },
                              {
                                "id": 4,
                                "name": "Kargo",
                                "price": 0
                              },
                              {
                                "id": 3,
                                "name": "Market Komisyon",
                                "price": 190.68
                              }
                            ]
                          }
                        ]
                      },
                      "success": true,
                      "code": 0,
                      "message": ""
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "404 \"Record Not Found\" (seed 000): the session customer has no open buy basket.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                }
              }
            }
          }
        }
      }
    },
    "/partner/ecom/complete": {
      "post": {
        "operationId": "completeWebview",
        "summary": "Complete (webview)",
        "tags": [
          "Embedded Webview"
        ],
        "security": [
          {
            "bearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/XClientId"
          },
          {
            "$ref": "#/components/parameters/ApiVersion"
          },
          {
            "$ref": "#/components/parameters/AcceptLanguage"
          }
        ],
        "responses": {
          "200": {
            "description": "The order.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "data",
                    "success",
                    "code",
                    "message"
                  ],
                  "properties": {
                    "data": {
                      "$ref": "#/components/schemas/Basket"
                    },
                    "success": {
                      "const": true
                    },
                    "code": {
                      "const": 0
                    },
                    "message": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/Validation"
          }
        },
        "description": "Completes the session customer's buy basket.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebviewCompletion"
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "schemas": {
      "Pricefix": {
        "type": "object",
        "description": "The price lock (walletable.md 3.1).",
        "required": [
          "remaining",
          "nextUpdate"
        ],
        "properties": {
          "remaining": {
            "type": "integer",
            "description": "Whole seconds until the lock ends; negative once expired."
          },
          "nextUpdate": {
            "type": "string",
            "description": "The instant the lock ends, with offset: 2026-02-20T15:31:57+03:00."
          },
          "updated": {
            "type": "boolean",
            "description": "True when this answer re-priced an expired basket."
          }
        }
      },
      "Customer": {
        "type": "object",
        "required": [
          "external_id"
        ],
        "properties": {
          "external_id": {
            "type": "string"
          },
          "firstname": {
            "type": [
              "string",
              "null"
            ]
          },
          "middlename": {
            "type": [
              "string",
              "null"
            ]
          },
          "lastname": {
            "type": [
              "string",
              "null"
            ]
          },
          "fullname": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "phone": {
            "type": [
              "string",
              "null"
            ]
          },
          "gender": {
            "type": [
              "string",
              "null"
            ]
          },
          "identity_number": {
            "type": [
              "string",
              "null"
            ]
          },
          "tax_office": {
            "type": [
              "string",
              "null"
            ]
          },
          "birthdate": {
            "type": [
              "string",
              "null"
            ]
          },
          "account_type": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "CustomerProfile": {
        "type": "object",
        "description": "Create / Update Customer. On create external_id, firstname, lastname, phone and identity_number are required; an update changes only the fields sent, and external_id, when sent, must be the customer's own. Unknown fields are ignored.",
        "properties": {
          "external_id": {
            "type": "string",
            "pattern": "^[A-Za-z0-9_-]{3,40}$"
          },
          "firstname": {
            "type": "string",
            "minLength": 3,
            "maxLength": 40,
            "pattern": "\\S"
          },
          "middlename": {
            "type": "string"
          },
          "lastname": {
            "type": "string",
            "minLength": 3,
            "maxLength": 40,
            "pattern": "\\S"
          },
          "email": {
            "type": "string",
            "pattern": "^[^@][\\s\\S]*@[\\s\\S]*[^@]$",
            "description": "Contains an @, neither first nor last."
          },
          "phone": {
            "type": "string",
            "pattern": "\\S"
          },
          "gender": {
            "type": "string",
            "enum": [
              "M",
              "F"
            ]
          },
          "identity_number": {
            "type": "string",
            "pattern": "\\S"
          },
          "birthdate": {
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "YYYY-MM-DD, a real day."
          }
        }
      },
      "CustomerCreate": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CustomerProfile"
          }
        ],
        "required": [
          "external_id",
          "firstname",
          "lastname",
          "phone",
          "identity_number"
        ]
      },
      "Address": {
        "type": "object",
        "description": "A shipping or billing address, as in seed 000.",
        "properties": {
          "id": {
            "type": [
              "integer",
              "null"
            ]
          },
          "type": {
            "type": [
              "string",
              "null"
            ]
          },
          "invoice_type": {
            "type": [
              "string",
              "null"
            ]
          },
          "company_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "tax_office": {
            "type": [
              "string",
              "null"
            ]
          },
          "tax_number": {
            "type": [
              "string",
              "null"
            ]
          },
          "external_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "fullname": {
            "type": [
              "string",
              "null"
            ]
          },
          "phone": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": [
              "string",
              "null"
            ]
          },
          "city": {
            "type": [
              "string",
              "null"
            ]
          },
          "county": {
            "type": [
              "string",
              "null"
            ]
          },
          "district": {
            "type": [
              "string",
              "null"
            ]
          },
          "street": {
            "type": [
              "string",
              "null"
            ]
          },
          "zipcode": {
            "type": [
              "string",
              "null"
            ]
          },
          "address": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "AddressInput": {
        "type": "object",
        "description": "The shipping address sent with Complete Delivery: any of the address fields, each a string.",
        "properties": {
          "id": {
            "type": "integer"
          },
          "type": {
            "type": "string"
          },
          "invoice_type": {
            "type": "string"
          },
          "company_name": {
            "type": "string"
          },
          "tax_office": {
            "type": "string"
          },
          "tax_number": {
            "type": "string"
          },
          "external_id": {
            "type": "string"
          },
          "fullname": {
            "type": "string"
          },
          "phone": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "city": {
            "type": "string"
          },
          "county": {
            "type": "string"
          },
          "district": {
            "type": "string"
          },
          "street": {
            "type": "string"
          },
          "zipcode": {
            "type": "string"
          },
          "address": {
            "type": "string"
          }
        }
      },
      "Payment": {
        "type": "object",
        "description": "The payment block (walletable.md 3.1a): amount = the basket's total, comission = amount x the payment commission rate, total = amount + comission, state `new` until paid, details explicitly null until paid.",
        "required": [
          "amount",
          "state",
          "comission",
          "total",
          "details"
        ],
        "properties": {
          "redirect_url": {
            "type": "string"
          },
          "token": {
            "type": "string"
          },
          "is_3d": {
            "type": "boolean"
          },
          "auth_mode": {
            "type": "string"
          },
          "amount": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "state": {
            "type": "string",
            "examples": [
              "new"
            ]
          },
          "comission": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "total": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "details": {
            "type": "null",
            "description": "Explicitly null until paid."
          }
        }
      },
      "ItemPrice": {
        "type": "object",
        "required": [
          "id",
          "name",
          "price"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": "string"
          },
          "price": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          }
        }
      },
      "BasketItem": {
        "type": "object",
        "required": [
          "sku",
          "product_name",
          "price",
          "amount",
          "total"
        ],
        "properties": {
          "item_currency_id": {
            "type": "integer"
          },
          "item_currency_name": {
            "type": "string"
          },
          "product_id": {
            "type": "integer"
          },
          "sku": {
            "type": "string"
          },
          "product_name": {
            "type": "string"
          },
          "product_weight": {
            "type": "number"
          },
          "price": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "tax_rate": {
            "type": "number"
          },
          "tax": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "amount": {
            "type": "integer",
            "description": "Units."
          },
          "total": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "product_images": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "prices": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ItemPrice"
            }
          }
        }
      },
      "Basket": {
        "type": "object",
        "description": "A basket, or an order (order_creation_status `order`): walletable.md section 3; seed 004 is the reference. external_id, the addresses and payment are always present, as explicit nulls when empty (both seeds show them); the sandbox also always sends delivery.",
        "required": [
          "token",
          "total",
          "paid_total",
          "items",
          "external_id",
          "shippingaddress",
          "billingaddress",
          "payment"
        ],
        "properties": {
          "pricefix": {
            "$ref": "#/components/schemas/Pricefix"
          },
          "id": {
            "type": "integer"
          },
          "guid": {
            "type": "string"
          },
          "order_creation_status": {
            "type": "string",
            "enum": [
              "basket",
              "order"
            ]
          },
          "external_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "increment_id": {
            "type": "string"
          },
          "token": {
            "type": "string",
            "description": "The cart_token."
          },
          "price_token": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "buy",
              "sell",
              "delivery"
            ]
          },
          "tx_type": {
            "type": "string"
          },
          "price": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "tax": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "total": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "payment_cost": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "paid_total": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "delivery_cost": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "delivery_price": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "insurance_price": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "conversion_price": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "market_commission": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "minted_markup_price": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "silver_craftsmanship": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "charge_fee": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "charge_fee_rate": {
            "type": "number"
          },
          "minting_fee": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "storage_fee": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "storage_fee_rate": {
            "type": "number"
          },
          "charges_vat": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "vat_rate": {
            "type": "number"
          },
          "currency_rate": {
            "type": "number"
          },
          "currency_total": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "total_amount": {
            "type": "number"
          },
          "currency_code": {
            "type": "string"
          },
          "status_id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 12
          },
          "status_name": {
            "type": "string",
            "enum": [
              "Created",
              "Pending",
              "Processing",
              "Cancelled",
              "Completed",
              "Preparing",
              "Packed",
              "Shipped",
              "Transferring",
              "Refunding",
              "Refunded",
              "Payment Confirmed"
            ]
          },
          "customer": {
            "$ref": "#/components/schemas/Customer"
          },
          "shippingaddress": {
            "oneOf": [
              {
                "type": "null"
              },
              {
                "$ref": "#/components/schemas/Address"
              }
            ]
          },
          "billingaddress": {
            "oneOf": [
              {
                "type": "null"
              },
              {
                "$ref": "#/components/schemas/Address"
              }
            ]
          },
          "payment": {
            "oneOf": [
              {
                "type": "null"
              },
              {
                "$ref": "#/components/schemas/Payment"
              }
            ],
            "description": "null for a sell basket (and seed 000's webview basket); otherwise the payment block."
          },
          "delivery": {
            "description": "The delivery's tracking; null until shipped. Shape undocumented."
          },
          "order_at": {
            "type": "string",
            "description": "UTC with microseconds: 2026-02-20T12:27:57.000000Z."
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BasketItem"
            }
          },
          "currency": {
            "type": "string"
          }
        }
      },
      "Product": {
        "type": "object",
        "required": [
          "id",
          "name",
          "sku",
          "metal_type",
          "product_weight",
          "item_currency_id",
          "currency_code",
          "buy_price",
          "sell_price",
          "is_deliverable"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "name": {
            "type": "string"
          },
          "sku": {
            "type": "string"
          },
          "barcode": {
            "type": [
              "string",
              "null"
            ]
          },
          "metal_type": {
            "type": "string",
            "enum": [
              "gold",
              "silver"
            ]
          },
          "product_weight": {
            "type": "number",
            "description": "Grams."
          },
          "item_currency_id": {
            "type": "integer"
          },
          "item_currency_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "currency_code": {
            "type": "string"
          },
          "buy_price": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "sell_price": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "minting_fee": {
            "type": [
              "number",
              "null"
            ]
          },
          "is_deliverable": {
            "type": "boolean"
          },
          "stock": {
            "type": [
              "integer",
              "null"
            ]
          },
          "product_images": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string"
            }
          }
        }
      },
      "PageLink": {
        "type": "object",
        "required": [
          "url",
          "label",
          "active"
        ],
        "properties": {
          "url": {
            "type": [
              "string",
              "null"
            ]
          },
          "label": {
            "type": "string"
          },
          "active": {
            "type": "boolean"
          }
        }
      },
      "ProductPage": {
        "type": "object",
        "description": "A Laravel-style page. from/to are null on an empty page; next_page_url/prev_page_url null at the ends; page URLs keep the request's other query parameters.",
        "required": [
          "current_page",
          "data",
          "first_page_url",
          "from",
          "last_page",
          "last_page_url",
          "links",
          "next_page_url",
          "path",
          "per_page",
          "prev_page_url",
          "to",
          "total"
        ],
        "properties": {
          "current_page": {
            "type": "integer",
            "minimum": 1
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Product"
            }
          },
          "first_page_url": {
            "type": "string"
          },
          "from": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1
          },
          "last_page": {
            "type": "integer",
            "minimum": 1
          },
          "last_page_url": {
            "type": "string"
          },
          "links": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PageLink"
            }
          },
          "next_page_url": {
            "type": [
              "string",
              "null"
            ]
          },
          "path": {
            "type": "string"
          },
          "per_page": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100
          },
          "prev_page_url": {
            "type": [
              "string",
              "null"
            ]
          },
          "to": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1
          },
          "total": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "OrderPage": {
        "type": "object",
        "description": "A Laravel-style page. from/to are null on an empty page; next_page_url/prev_page_url null at the ends; page URLs keep the request's other query parameters.",
        "required": [
          "current_page",
          "data",
          "first_page_url",
          "from",
          "last_page",
          "last_page_url",
          "links",
          "next_page_url",
          "path",
          "per_page",
          "prev_page_url",
          "to",
          "total"
        ],
        "properties": {
          "current_page": {
            "type": "integer",
            "minimum": 1
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Basket"
            }
          },
          "first_page_url": {
            "type": "string"
          },
          "from": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1
          },
          "last_page": {
            "type": "integer",
            "minimum": 1
          },
          "last_page_url": {
            "type": "string"
          },
          "links": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PageLink"
            }
          },
          "next_page_url": {
            "type": [
              "string",
              "null"
            ]
          },
          "path": {
            "type": "string"
          },
          "per_page": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100
          },
          "prev_page_url": {
            "type": [
              "string",
              "null"
            ]
          },
          "to": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1
          },
          "total": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "Holding": {
        "type": "object",
        "required": [
          "productName",
          "sku",
          "metal_type",
          "amount",
          "weight",
          "value",
          "currency_code"
        ],
        "properties": {
          "productName": {
            "type": "string"
          },
          "images": {
            "type": [
              "array",
              "null"
            ],
            "items": {
              "type": "string"
            }
          },
          "sku": {
            "type": "string"
          },
          "metal_type": {
            "type": "string",
            "enum": [
              "gold",
              "silver"
            ]
          },
          "item_currency_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "amount": {
            "type": "integer",
            "description": "Units."
          },
          "weight": {
            "type": "number",
            "description": "Grams."
          },
          "value": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "currency_code": {
            "type": "string"
          }
        }
      },
      "CurrencyRate": {
        "type": "object",
        "description": "Per gram.",
        "required": [
          "item_currency_id",
          "item_currency_name",
          "metal_type",
          "currency_code",
          "buy",
          "sell"
        ],
        "properties": {
          "item_currency_id": {
            "type": "integer"
          },
          "item_currency_name": {
            "type": "string"
          },
          "metal_type": {
            "type": "string",
            "enum": [
              "gold",
              "silver"
            ]
          },
          "currency_code": {
            "type": "string"
          },
          "buy": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "sell": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "updated_at": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "RatePoint": {
        "type": "object",
        "required": [
          "date",
          "buy",
          "sell"
        ],
        "properties": {
          "date": {
            "type": "string"
          },
          "buy": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "sell": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          }
        }
      },
      "Receipt": {
        "type": "object",
        "required": [
          "guid",
          "items",
          "total",
          "paid_total"
        ],
        "properties": {
          "guid": {
            "type": "string"
          },
          "order_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "type": {
            "type": [
              "string",
              "null"
            ]
          },
          "external_customer_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "status_name": {
            "type": [
              "string",
              "null"
            ]
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BasketItem"
            }
          },
          "total": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "charge_fee": {
            "type": [
              "number",
              "null"
            ]
          },
          "charge_fee_rate": {
            "type": [
              "number",
              "null"
            ]
          },
          "minting_fee": {
            "type": [
              "number",
              "null"
            ]
          },
          "storage_fee": {
            "type": [
              "number",
              "null"
            ]
          },
          "storage_fee_rate": {
            "type": [
              "number",
              "null"
            ]
          },
          "delivery_cost": {
            "type": [
              "number",
              "null"
            ]
          },
          "charges_vat": {
            "type": [
              "number",
              "null"
            ]
          },
          "vat_rate": {
            "type": [
              "number",
              "null"
            ]
          },
          "paid_total": {
            "type": "number",
            "description": "Money, 2 decimals; decode as Decimal from the digits."
          },
          "currency_code": {
            "type": [
              "string",
              "null"
            ]
          },
          "issued_at": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "Invoice": {
        "type": "object",
        "required": [
          "guid",
          "order_code"
        ],
        "properties": {
          "guid": {
            "type": "string"
          },
          "order_code": {
            "type": "string"
          },
          "url": {
            "type": [
              "string",
              "null"
            ]
          },
          "issued_at": {
            "type": [
              "string",
              "null"
            ]
          },
          "total": {
            "type": [
              "number",
              "null"
            ]
          },
          "currency_code": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "WebviewToken": {
        "type": "object",
        "required": [
          "token",
          "expires_at"
        ],
        "properties": {
          "token": {
            "type": "string",
            "minLength": 40,
            "maxLength": 40
          },
          "expires_at": {
            "type": "string"
          }
        }
      },
      "BasketReference": {
        "type": "object",
        "required": [
          "external_customer_id",
          "cart_token"
        ],
        "properties": {
          "external_customer_id": {
            "type": "string"
          },
          "cart_token": {
            "type": "string",
            "pattern": "^[A-Za-z0-9]{32}$",
            "description": "Exactly 32 ASCII letters and digits."
          }
        }
      },
      "CompleteDelivery": {
        "type": "object",
        "required": [
          "external_customer_id",
          "cart_token",
          "shipping_address"
        ],
        "properties": {
          "external_customer_id": {
            "type": "string"
          },
          "cart_token": {
            "type": "string",
            "pattern": "^[A-Za-z0-9]{32}$",
            "description": "Exactly 32 ASCII letters and digits."
          },
          "shipping_address": {
            "$ref": "#/components/schemas/AddressInput"
          }
        }
      },
      "BasketItemAddition": {
        "type": "object",
        "required": [
          "external_customer_id",
          "sku",
          "qty",
          "type"
        ],
        "properties": {
          "external_customer_id": {
            "type": "string"
          },
          "sku": {
            "type": "string",
            "description": "A catalog sku (Get Products); another is a 422."
          },
          "qty": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000,
            "description": "Units to add; the line may hold at most 1000000."
          },
          "type": {
            "type": "string",
            "enum": [
              "buy",
              "sell",
              "delivery"
            ]
          },
          "cart_token": {
            "type": "string",
            "pattern": "^[A-Za-z0-9]{32}$",
            "description": "The open basket to add to; absent (or null): open a new basket of that type."
          }
        }
      },
      "BasketItemUpdate": {
        "type": "object",
        "required": [
          "external_customer_id",
          "cart_token",
          "sku",
          "qty"
        ],
        "properties": {
          "external_customer_id": {
            "type": "string"
          },
          "cart_token": {
            "type": "string",
            "pattern": "^[A-Za-z0-9]{32}$",
            "description": "Exactly 32 ASCII letters and digits."
          },
          "sku": {
            "type": "string"
          },
          "qty": {
            "type": "integer",
            "minimum": 0,
            "maximum": 1000000,
            "description": "The absolute quantity; 0 removes the line."
          }
        }
      },
      "BasketItemRemoval": {
        "type": "object",
        "required": [
          "external_customer_id",
          "cart_token",
          "sku"
        ],
        "properties": {
          "external_customer_id": {
            "type": "string"
          },
          "cart_token": {
            "type": "string",
            "pattern": "^[A-Za-z0-9]{32}$",
            "description": "Exactly 32 ASCII letters and digits."
          },
          "sku": {
            "type": "string"
          }
        }
      },
      "WebviewTokenRequest": {
        "type": "object",
        "required": [
          "external_customer_id"
        ],
        "properties": {
          "external_customer_id": {
            "type": "string"
          }
        }
      },
      "WebviewCompletion": {
        "type": "object",
        "required": [
          "cart_token"
        ],
        "properties": {
          "cart_token": {
            "type": "string",
            "pattern": "^[A-Za-z0-9]{32}$",
            "description": "Exactly 32 ASCII letters and digits."
          }
        }
      },
      "ErrorEnvelope": {
        "type": "object",
        "description": "Every refusal: data null, success false, code = the HTTP status, message in the request's language; errors only on 422.",
        "required": [
          "data",
          "success",
          "code",
          "message"
        ],
        "properties": {
          "data": {
            "type": "null"
          },
          "success": {
            "const": false
          },
          "code": {
            "type": "integer",
            "minimum": 400,
            "maximum": 599
          },
          "message": {
            "type": "string"
          },
          "errors": {
            "type": "object",
            "additionalProperties": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        }
      },
      "ValidationEnvelope": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ErrorEnvelope"
          }
        ],
        "required": [
          "errors"
        ],
        "properties": {
          "code": {
            "const": 422
          }
        },
        "description": "422: errors names each refused field with its Laravel-style messages; message is the first of them, then how many more."
      }
    },
    "responses": {
      "BadRequest": {
        "description": "400: the body is not a JSON object, or the x-client-id header is missing.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "401: Digest credentials missing or wrong (with WWW-Authenticate challenges: SHA-256, then MD5; stale=true for an old nonce), or the webview bearer token missing, unknown or expired.",
        "headers": {
          "WWW-Authenticate": {
            "schema": {
              "type": "string"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "NotFound": {
        "description": "404: no such customer, basket, order or route.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "413: the body is larger than 1 MiB.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "Conflict": {
        "description": "409: the basket's price lock has expired; re-price it (change a line) and complete again. The order was not placed.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            }
          }
        }
      },
      "Validation": {
        "description": "422: per-field validation messages.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ValidationEnvelope"
            }
          }
        }
      }
    },
    "parameters": {
      "XClientId": {
        "name": "x-client-id",
        "in": "header",
        "required": true,
        "schema": {
          "type": "string",
          "default": "web"
        },
        "description": "Required (seed 000); the value is not checked."
      },
      "ApiVersion": {
        "name": "api-version",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "default": "3"
        }
      },
      "AcceptLanguage": {
        "name": "Accept-Language",
        "in": "header",
        "required": false,
        "schema": {
          "type": "string",
          "examples": [
            "tr",
            "en"
          ]
        },
        "description": "tr or en; the highest-q range decides (a primary tag tr is Turkish, anything else English). Messages and product and currency names follow it. The vendor's default is tr; the sandbox answers in English when the header is absent (the client always sends it, tr by default)."
      }
    },
    "securitySchemes": {
      "digest": {
        "type": "http",
        "scheme": "digest",
        "description": "RFC 7616 (qop=auth, SHA-256 or MD5) or the vendor's RFC 2069 form."
      },
      "bearer": {
        "type": "http",
        "scheme": "bearer",
        "description": "The webview token from Create Token."
      }
    }
  }
}
"""##
}
