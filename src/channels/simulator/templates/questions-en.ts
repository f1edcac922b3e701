// English questions, as Indonesian and expat followers write them online: short, lowercase, direct.
import type { TopicTemplates } from './types.js';

export const PRICE_EN: TopicTemplates = {
  price: [
    'how much is the {product}?',
    'hi! what\'s the price for {product}? {emoji}',
    'is there any discount if I buy {n} {product}?',
    'price list please',
    'is {product} still {price}? saw a different price on {marketplace}',
    'how much for {product} + {product2} together?',
  ],
};

export const STOCK_EN: TopicTemplates = {
  stock: [
    'is the {product} back in stock?',
    'when will {oosProduct} be restocked? {emoji}',
    'do you have {product} in stock? can\'t find it on {marketplace}',
    'any stock left for {product}? need {n}',
  ],
};

export const SHIPPING_EN: TopicTemplates = {
  shipping: [
    'do you ship to {city}?',
    'how long does shipping to {city} take?',
    'hi, is there free shipping? {emoji}',
    'do you ship internationally? I\'m in Singapore',
    'which courier do you use, {courier}?',
  ],
};

export const HOURS_EN: TopicTemplates = {
  hours: [
    'what are your customer service hours?',
    'are you open on sundays?',
    'do you have an offline store in {city}?',
    'what time does the admin usually reply?',
  ],
};

export const PRODUCT_EN: TopicTemplates = {
  product: [
    'is the {product} safe during pregnancy?',
    'is {product} ok for {skin}?',
    'is it BPOM registered and halal certified?',
    'can I use {product} together with retinol?',
    'what\'s the difference between {product} and {product2}?',
    'how long until I see results with {product}?',
    'is the {product} fragrance free?',
  ],
};

export const ORDER_STATUS_EN: TopicTemplates = {
  order_status: [
    'hi, any update on order {order}?',
    'my order {order} still says processing after {days} days',
    'can you send me the tracking number for {order}?',
    'I paid yesterday but {order} still shows unpaid {emoji}',
  ],
};
