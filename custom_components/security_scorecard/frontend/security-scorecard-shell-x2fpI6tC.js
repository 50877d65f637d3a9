function e(e,t,s,i){var n,r=arguments.length,o=r<3?t:null===i?i=Object.getOwnPropertyDescriptor(t,s):i;if("object"==typeof Reflect&&"function"==typeof Reflect.decorate)o=Reflect.decorate(e,t,s,i);else for(var a=e.length-1;a>=0;a--)(n=e[a])&&(o=(r<3?n(o):r>3?n(t,s,o):n(t,s))||o);return r>3&&o&&Object.defineProperty(t,s,o),o}"function"==typeof SuppressedError&&SuppressedError;const t=globalThis,s=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,i=Symbol(),n=new WeakMap;let r=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==i)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(s&&void 0===e){const s=void 0!==t&&1===t.length;s&&(e=n.get(t)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&n.set(t,e))}return e}toString(){return this.cssText}};const o=(e,...t)=>{const s=1===e.length?e[0]:t.reduce((t,s,i)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+e[i+1],e[0]);return new r(s,e,i)},a=s?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const s of e.cssRules)t+=s.cssText;return(e=>new r("string"==typeof e?e:e+"",void 0,i))(t)})(e):e,{is:c,defineProperty:d,getOwnPropertyDescriptor:h,getOwnPropertyNames:l,getOwnPropertySymbols:u,getPrototypeOf:p}=Object,f=globalThis,m=f.trustedTypes,g=m?m.emptyScript:"",v=f.reactiveElementPolyfillSupport,y=(e,t)=>e,$={toAttribute(e,t){switch(t){case Boolean:e=e?g:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let s=e;switch(t){case Boolean:s=null!==e;break;case Number:s=null===e?null:Number(e);break;case Object:case Array:try{s=JSON.parse(e)}catch(e){s=null}}return s}},_=(e,t)=>!c(e,t),b={attribute:!0,type:String,converter:$,reflect:!1,useDefault:!1,hasChanged:_};Symbol.metadata??=Symbol("metadata"),f.litPropertyMetadata??=new WeakMap;let w=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=b){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const s=Symbol(),i=this.getPropertyDescriptor(e,s,t);void 0!==i&&d(this.prototype,e,i)}}static getPropertyDescriptor(e,t,s){const{get:i,set:n}=h(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:i,set(t){const r=i?.call(this);n?.call(this,t),this.requestUpdate(e,r,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??b}static _$Ei(){if(this.hasOwnProperty(y("elementProperties")))return;const e=p(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(y("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(y("properties"))){const e=this.properties,t=[...l(e),...u(e)];for(const s of t)this.createProperty(s,e[s])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,s]of t)this.elementProperties.set(e,s)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const s=this._$Eu(e,t);void 0!==s&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const s=new Set(e.flat(1/0).reverse());for(const e of s)t.unshift(a(e))}else void 0!==e&&t.push(a(e));return t}static _$Eu(e,t){const s=t.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((e,i)=>{if(s)e.adoptedStyleSheets=i.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const s of i){const i=document.createElement("style"),n=t.litNonce;void 0!==n&&i.setAttribute("nonce",n),i.textContent=s.cssText,e.appendChild(i)}})(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){const s=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,s);if(void 0!==i&&!0===s.reflect){const n=(void 0!==s.converter?.toAttribute?s.converter:$).toAttribute(t,s.type);this._$Em=e,null==n?this.removeAttribute(i):this.setAttribute(i,n),this._$Em=null}}_$AK(e,t){const s=this.constructor,i=s._$Eh.get(e);if(void 0!==i&&this._$Em!==i){const e=s.getPropertyOptions(i),n="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:$;this._$Em=i;const r=n.fromAttribute(t,e.type);this[i]=r??this._$Ej?.get(i)??r,this._$Em=null}}requestUpdate(e,t,s,i=!1,n){if(void 0!==e){const r=this.constructor;if(!1===i&&(n=this[e]),s??=r.getPropertyOptions(e),!((s.hasChanged??_)(n,t)||s.useDefault&&s.reflect&&n===this._$Ej?.get(e)&&!this.hasAttribute(r._$Eu(e,s))))return;this.C(e,t,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:i,wrapped:n},r){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,r??t??this[e]),!0!==n||void 0!==r)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),!0===i&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,s]of e){const{wrapped:e}=s,i=this[t];!0!==e||this._$AL.has(t)||void 0===i||this.C(t,void 0,s,i)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};w.elementStyles=[],w.shadowRootOptions={mode:"open"},w[y("elementProperties")]=new Map,w[y("finalized")]=new Map,v?.({ReactiveElement:w}),(f.reactiveElementVersions??=[]).push("2.1.2");const k=globalThis,A=e=>e,x=k.trustedTypes,E=x?x.createPolicy("lit-html",{createHTML:e=>e}):void 0,S="$lit$",C=`lit$${Math.random().toFixed(9).slice(2)}$`,P="?"+C,M=`<${P}>`,T=document,U=()=>T.createComment(""),O=e=>null===e||"object"!=typeof e&&"function"!=typeof e,H=Array.isArray,j="[ \t\n\f\r]",N=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,R=/-->/g,z=/>/g,I=RegExp(`>|${j}(?:([^\\s"'>=/]+)(${j}*=${j}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),L=/'/g,D=/"/g,B=/^(?:script|style|textarea|title)$/i,W=(e,...t)=>({_$litType$:1,strings:e,values:t}),q=Symbol.for("lit-noChange"),F=Symbol.for("lit-nothing"),V=new WeakMap,J=T.createTreeWalker(T,129);function G(e,t){if(!H(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==E?E.createHTML(t):t}class K{constructor({strings:e,_$litType$:t},s){let i;this.parts=[];let n=0,r=0;const o=e.length-1,a=this.parts,[c,d]=((e,t)=>{const s=e.length-1,i=[];let n,r=2===t?"<svg>":3===t?"<math>":"",o=N;for(let t=0;t<s;t++){const s=e[t];let a,c,d=-1,h=0;for(;h<s.length&&(o.lastIndex=h,c=o.exec(s),null!==c);)h=o.lastIndex,o===N?"!--"===c[1]?o=R:void 0!==c[1]?o=z:void 0!==c[2]?(B.test(c[2])&&(n=RegExp("</"+c[2],"g")),o=I):void 0!==c[3]&&(o=I):o===I?">"===c[0]?(o=n??N,d=-1):void 0===c[1]?d=-2:(d=o.lastIndex-c[2].length,a=c[1],o=void 0===c[3]?I:'"'===c[3]?D:L):o===D||o===L?o=I:o===R||o===z?o=N:(o=I,n=void 0);const l=o===I&&e[t+1].startsWith("/>")?" ":"";r+=o===N?s+M:d>=0?(i.push(a),s.slice(0,d)+S+s.slice(d)+C+l):s+C+(-2===d?t:l)}return[G(e,r+(e[s]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),i]})(e,t);if(this.el=K.createElement(c,s),J.currentNode=this.el.content,2===t||3===t){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(i=J.nextNode())&&a.length<o;){if(1===i.nodeType){if(i.hasAttributes())for(const e of i.getAttributeNames())if(e.endsWith(S)){const t=d[r++],s=i.getAttribute(e).split(C),o=/([.?@])?(.*)/.exec(t);a.push({type:1,index:n,name:o[2],strings:s,ctor:"."===o[1]?ee:"?"===o[1]?te:"@"===o[1]?se:Y}),i.removeAttribute(e)}else e.startsWith(C)&&(a.push({type:6,index:n}),i.removeAttribute(e));if(B.test(i.tagName)){const e=i.textContent.split(C),t=e.length-1;if(t>0){i.textContent=x?x.emptyScript:"";for(let s=0;s<t;s++)i.append(e[s],U()),J.nextNode(),a.push({type:2,index:++n});i.append(e[t],U())}}}else if(8===i.nodeType)if(i.data===P)a.push({type:2,index:n});else{let e=-1;for(;-1!==(e=i.data.indexOf(C,e+1));)a.push({type:7,index:n}),e+=C.length-1}n++}}static createElement(e,t){const s=T.createElement("template");return s.innerHTML=e,s}}function Q(e,t,s=e,i){if(t===q)return t;let n=void 0!==i?s._$Co?.[i]:s._$Cl;const r=O(t)?void 0:t._$litDirective$;return n?.constructor!==r&&(n?._$AO?.(!1),void 0===r?n=void 0:(n=new r(e),n._$AT(e,s,i)),void 0!==i?(s._$Co??=[])[i]=n:s._$Cl=n),void 0!==n&&(t=Q(e,n._$AS(e,t.values),n,i)),t}class Z{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:s}=this._$AD,i=(e?.creationScope??T).importNode(t,!0);J.currentNode=i;let n=J.nextNode(),r=0,o=0,a=s[0];for(;void 0!==a;){if(r===a.index){let t;2===a.type?t=new X(n,n.nextSibling,this,e):1===a.type?t=new a.ctor(n,a.name,a.strings,this,e):6===a.type&&(t=new ie(n,this,e)),this._$AV.push(t),a=s[++o]}r!==a?.index&&(n=J.nextNode(),r++)}return J.currentNode=T,i}p(e){let t=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}}class X{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,i){this.type=2,this._$AH=F,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Q(this,e,t),O(e)?e===F||null==e||""===e?(this._$AH!==F&&this._$AR(),this._$AH=F):e!==this._$AH&&e!==q&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>H(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==F&&O(this._$AH)?this._$AA.nextSibling.data=e:this.T(T.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:s}=e,i="number"==typeof s?this._$AC(e):(void 0===s.el&&(s.el=K.createElement(G(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(t);else{const e=new Z(i,this),s=e.u(this.options);e.p(t),this.T(s),this._$AH=e}}_$AC(e){let t=V.get(e.strings);return void 0===t&&V.set(e.strings,t=new K(e)),t}k(e){H(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let s,i=0;for(const n of e)i===t.length?t.push(s=new X(this.O(U()),this.O(U()),this,this.options)):s=t[i],s._$AI(n),i++;i<t.length&&(this._$AR(s&&s._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=A(e).nextSibling;A(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class Y{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,i,n){this.type=1,this._$AH=F,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=n,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=F}_$AI(e,t=this,s,i){const n=this.strings;let r=!1;if(void 0===n)e=Q(this,e,t,0),r=!O(e)||e!==this._$AH&&e!==q,r&&(this._$AH=e);else{const i=e;let o,a;for(e=n[0],o=0;o<n.length-1;o++)a=Q(this,i[s+o],t,o),a===q&&(a=this._$AH[o]),r||=!O(a)||a!==this._$AH[o],a===F?e=F:e!==F&&(e+=(a??"")+n[o+1]),this._$AH[o]=a}r&&!i&&this.j(e)}j(e){e===F?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class ee extends Y{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===F?void 0:e}}class te extends Y{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==F)}}class se extends Y{constructor(e,t,s,i,n){super(e,t,s,i,n),this.type=5}_$AI(e,t=this){if((e=Q(this,e,t,0)??F)===q)return;const s=this._$AH,i=e===F&&s!==F||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,n=e!==F&&(s===F||i);i&&this.element.removeEventListener(this.name,this,s),n&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class ie{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){Q(this,e)}}const ne={I:X},re=k.litHtmlPolyfillSupport;re?.(K,X),(k.litHtmlVersions??=[]).push("3.3.3");const oe=globalThis;let ae=class extends w{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,s)=>{const i=s?.renderBefore??t;let n=i._$litPart$;if(void 0===n){const e=s?.renderBefore??null;i._$litPart$=n=new X(t.insertBefore(U(),e),e,void 0,s??{})}return n._$AI(e),n})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return q}};ae._$litElement$=!0,ae.finalized=!0,oe.litElementHydrateSupport?.({LitElement:ae});const ce=oe.litElementPolyfillSupport;ce?.({LitElement:ae}),(oe.litElementVersions??=[]).push("4.2.2");const de={attribute:!0,type:String,converter:$,reflect:!1,hasChanged:_},he=(e=de,t,s)=>{const{kind:i,metadata:n}=s;let r=globalThis.litPropertyMetadata.get(n);if(void 0===r&&globalThis.litPropertyMetadata.set(n,r=new Map),"setter"===i&&((e=Object.create(e)).wrapped=!0),r.set(s.name,e),"accessor"===i){const{name:i}=s;return{set(s){const n=t.get.call(this);t.set.call(this,s),this.requestUpdate(i,n,e,!0,s)},init(t){return void 0!==t&&this.C(i,void 0,e,t),t}}}if("setter"===i){const{name:i}=s;return function(s){const n=this[i];t.call(this,s),this.requestUpdate(i,n,e,!0,s)}}throw Error("Unsupported decorator location: "+i)};function le(e){return(t,s)=>"object"==typeof s?he(e,t,s):((e,t,s)=>{const i=t.hasOwnProperty(s);return t.constructor.createProperty(s,e),i?Object.getOwnPropertyDescriptor(t,s):void 0})(e,t,s)}function ue(e){return le({...e,state:!0,attribute:!1})}let pe=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,s){this._$Ct=e,this._$AM=t,this._$Ci=s}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const{I:fe}=ne,me=e=>e,ge=()=>document.createComment(""),ve=(e,t,s)=>{const i=e._$AA.parentNode,n=void 0===t?e._$AB:t._$AA;if(void 0===s){const t=i.insertBefore(ge(),n),r=i.insertBefore(ge(),n);s=new fe(t,r,e,e.options)}else{const t=s._$AB.nextSibling,r=s._$AM,o=r!==e;if(o){let t;s._$AQ?.(e),s._$AM=e,void 0!==s._$AP&&(t=e._$AU)!==r._$AU&&s._$AP(t)}if(t!==n||o){let e=s._$AA;for(;e!==t;){const t=me(e).nextSibling;me(i).insertBefore(e,n),e=t}}}return s},ye=(e,t,s=e)=>(e._$AI(t,s),e),$e={},_e=(e,t=$e)=>e._$AH=t,be=e=>{e._$AR(),e._$AA.remove()},we=(e,t,s)=>{const i=new Map;for(let n=t;n<=s;n++)i.set(e[n],n);return i},ke=(e=>(...t)=>({_$litDirective$:e,values:t}))(class extends pe{constructor(e){if(super(e),2!==e.type)throw Error("repeat() can only be used in text expressions")}dt(e,t,s){let i;void 0===s?s=t:void 0!==t&&(i=t);const n=[],r=[];let o=0;for(const t of e)n[o]=i?i(t,o):o,r[o]=s(t,o),o++;return{values:r,keys:n}}render(e,t,s){return this.dt(e,t,s).values}update(e,[t,s,i]){const n=(e=>e._$AH)(e),{values:r,keys:o}=this.dt(t,s,i);if(!Array.isArray(n))return this.ut=o,r;const a=this.ut??=[],c=[];let d,h,l=0,u=n.length-1,p=0,f=r.length-1;for(;l<=u&&p<=f;)if(null===n[l])l++;else if(null===n[u])u--;else if(a[l]===o[p])c[p]=ye(n[l],r[p]),l++,p++;else if(a[u]===o[f])c[f]=ye(n[u],r[f]),u--,f--;else if(a[l]===o[f])c[f]=ye(n[l],r[f]),ve(e,c[f+1],n[l]),l++,f--;else if(a[u]===o[p])c[p]=ye(n[u],r[p]),ve(e,n[l],n[u]),u--,p++;else if(void 0===d&&(d=we(o,p,f),h=we(a,l,u)),d.has(a[l]))if(d.has(a[u])){const t=h.get(o[p]),s=void 0!==t?n[t]:null;if(null===s){const t=ve(e,n[l]);ye(t,r[p]),c[p]=t}else c[p]=ye(s,r[p]),ve(e,n[l],s),n[t]=null;p++}else be(n[u]),u--;else be(n[l]),l++;for(;p<=f;){const t=ve(e,c[f+1]);ye(t,r[p]),c[p++]=t}for(;l<=u;){const e=n[l++];null!==e&&be(e)}return this.ut=o,_e(e,c),q}});class Ae extends TypeError{constructor(e,t){let s;const{message:i,explanation:n,...r}=e,{path:o}=e,a=0===o.length?i:`At path: ${o.join(".")} -- ${i}`;super(n??a),null!=n&&(this.cause=a),Object.assign(this,r),this.name=this.constructor.name,this.failures=()=>s??(s=[e,...t()])}}function xe(e){return"object"==typeof e&&null!=e}function Ee(e){return xe(e)&&!Array.isArray(e)}function Se(e){return"symbol"==typeof e?e.toString():"string"==typeof e?JSON.stringify(e):`${e}`}function Ce(e,t,s,i){if(!0===e)return;!1===e?e={}:"string"==typeof e&&(e={message:e});const{path:n,branch:r}=t,{type:o}=s,{refinement:a,message:c=`Expected a value of type \`${o}\`${a?` with refinement \`${a}\``:""}, but received: \`${Se(i)}\``}=e;return{value:i,type:o,refinement:a,key:n[n.length-1],path:n,branch:r,...e,message:c}}function*Pe(e,t,s,i){var n;xe(n=e)&&"function"==typeof n[Symbol.iterator]||(e=[e]);for(const n of e){const e=Ce(n,t,s,i);e&&(yield e)}}function*Me(e,t,s={}){const{path:i=[],branch:n=[e],coerce:r=!1,mask:o=!1}=s,a={path:i,branch:n,mask:o};r&&(e=t.coercer(e,a));let c="valid";for(const i of t.validator(e,a))i.explanation=s.message,c="not_valid",yield[i,void 0];for(let[d,h,l]of t.entries(e,a)){const t=Me(h,l,{path:void 0===d?i:[...i,d],branch:void 0===d?n:[...n,h],coerce:r,mask:o,message:s.message});for(const s of t)s[0]?(c=null!=s[0].refinement?"not_refined":"not_valid",yield[s[0],void 0]):r&&(h=s[1],void 0===d?e=h:e instanceof Map?e.set(d,h):e instanceof Set?e.add(h):xe(e)&&(void 0!==h||d in e)&&(e[d]=h))}if("not_valid"!==c)for(const i of t.refiner(e,a))i.explanation=s.message,c="not_refined",yield[i,void 0];"valid"===c&&(yield[void 0,e])}class Te{constructor(e){const{type:t,schema:s,validator:i,refiner:n,coercer:r=e=>e,entries:o=function*(){}}=e;this.type=t,this.schema=s,this.entries=o,this.coercer=r,this.validator=i?(e,t)=>Pe(i(e,t),t,this,e):()=>[],this.refiner=n?(e,t)=>Pe(n(e,t),t,this,e):()=>[]}assert(e,t){return function(e,t,s){const i=Ue(e,t,{message:s});if(i[0])throw i[0]}(e,this,t)}create(e,t){return function(e,t,s){const i=Ue(e,t,{coerce:!0,message:s});if(i[0])throw i[0];return i[1]}(e,this,t)}is(e){return function(e,t){return!Ue(e,t)[0]}(e,this)}mask(e,t){return function(e,t,s){const i=Ue(e,t,{coerce:!0,mask:!0,message:s});if(i[0])throw i[0];return i[1]}(e,this,t)}validate(e,t={}){return Ue(e,this,t)}}function Ue(e,t,s={}){const i=Me(e,t,s),n=function(e){const{done:t,value:s}=e.next();return t?void 0:s}(i);if(n[0]){const e=new Ae(n[0],function*(){for(const e of i)e[0]&&(yield e[0])});return[e,void 0]}return[void 0,n[1]]}function Oe(e,t){return new Te({type:e,schema:null,validator:t})}function He(e){return new Te({type:"array",schema:e,*entries(t){if(e&&Array.isArray(t))for(const[s,i]of t.entries())yield[s,i,e]},coercer:e=>Array.isArray(e)?e.slice():e,validator:e=>Array.isArray(e)||`Expected an array value, but received: ${Se(e)}`})}function je(){return Oe("boolean",e=>"boolean"==typeof e)}function Ne(e){const t={},s=e.map(e=>Se(e)).join();for(const s of e)t[s]=s;return new Te({type:"enums",schema:t,validator:t=>e.includes(t)||`Expected one of \`${s}\`, but received: ${Se(t)}`})}function Re(e){const t=Se(e),s=typeof e;return new Te({type:"literal",schema:"string"===s||"number"===s||"boolean"===s?e:null,validator:s=>s===e||`Expected the literal \`${t}\`, but received: ${Se(s)}`})}function ze(e){return new Te({...e,validator:(t,s)=>null===t||e.validator(t,s),refiner:(t,s)=>null===t||e.refiner(t,s)})}function Ie(){return Oe("number",e=>"number"==typeof e&&!isNaN(e)||`Expected a number, but received: ${Se(e)}`)}function Le(e){const t=e?Object.keys(e):[],s=Oe("never",()=>!1);return new Te({type:"object",schema:e||null,*entries(i){if(e&&xe(i)){const n=new Set(Object.keys(i));for(const s of t)n.delete(s),yield[s,i[s],e[s]];for(const e of n)yield[e,i[e],s]}},validator:e=>Ee(e)||`Expected an object, but received: ${Se(e)}`,coercer(t,s){if(!Ee(t))return t;const i={...t};if(s.mask&&e)for(const t in i)void 0===e[t]&&delete i[t];return i}})}function De(e){return new Te({...e,validator:(t,s)=>void 0===t||e.validator(t,s),refiner:(t,s)=>void 0===t||e.refiner(t,s)})}function Be(e,t){return new Te({type:"record",schema:null,*entries(s){if(xe(s))for(const i in s){const n=s[i];yield[i,i,e],yield[i,n,t]}},validator:e=>Ee(e)||`Expected an object, but received: ${Se(e)}`,coercer:e=>Ee(e)?{...e}:e})}function We(){return Oe("string",e=>"string"==typeof e||`Expected a string, but received: ${Se(e)}`)}function qe(e){const t=Object.keys(e);return new Te({type:"type",schema:e,*entries(s){if(xe(s))for(const i of t)yield[i,s[i],e[i]]},validator:e=>Ee(e)||`Expected an object, but received: ${Se(e)}`,coercer:e=>Ee(e)?{...e}:e})}function Fe(e){const t=e.map(e=>e.type).join(" | ");return new Te({type:"union",schema:null,coercer(t,s){for(const i of e){const[e,n]=i.validate(t,{coerce:!0,mask:s.mask});if(!e)return n}return t},validator(s,i){const n=[];for(const t of e){const[...e]=Me(s,t,i),[r]=e;if(!r[0])return[];for(const[t]of e)t&&n.push(t)}return[`Expected the value to satisfy a union of \`${t}\`, but received: ${Se(s)}`,...n]}})}function Ve(){return Oe("unknown",()=>!0)}function Je(e,t,s=t){const i=`Expected a ${e.type}`,n=t===s?`of \`${t}\``:`between \`${t}\` and \`${s}\``;return Ge(e,"size",e=>{if("number"==typeof e||e instanceof Date)return t<=e&&e<=s||`${i} ${n} but received \`${e}\``;if(e instanceof Map||e instanceof Set){const{size:r}=e;return t<=r&&r<=s||`${i} with a size ${n} but received one with a size of \`${r}\``}{const{length:r}=e;return t<=r&&r<=s||`${i} with a length ${n} but received one with a length of \`${r}\``}})}function Ge(e,t,s){return new Te({...e,*refiner(i,n){yield*e.refiner(i,n);const r=Pe(s(i,n),n,e,i);for(const e of r)yield{...e,refinement:t}}})}var Ke={"card.name":"Security Scorecard","card.description":"How exposed your Home Assistant is: a score, a grade and the checks behind them.","state.loading":"Assessing your Home Assistant…","state.not_admin.title":"Administrators only","state.not_admin.text":"The security scorecard reads users, tokens and system settings, so only an administrator can see it.","state.error":"The assessment could not run: {message}","state.retry":"Try again","state.stale":"Connection lost. Showing the results from {time}.","state.backend_absent":"{count} checks need the Security Scorecard integration. Install it to assess them.","header.score":"Score","header.grade":"Grade","header.no_score":"Nothing assessed yet","header.coverage":"{percent} % assessed","header.evaluated":"Evaluated {time}","header.vulnerable":"Vulnerable version (would be {grade})","header.advisory":"Advisory {id}: {summary}","fix_next.title":"Fix next","fix_next.points":"+{points} points","fix_next.none":"Nothing to fix. Well done.","category.counts":"{pass} passed, {fail} failed, {warn} to review","category.toggle":"Show the checks of {category}","status.pass":"Passed","status.fail":"Failed","status.warn":"Warning","status.not_applicable":"Not applicable","status.not_assessed":"Not assessed","severity.critical":"Critical","severity.high":"High","severity.medium":"Medium","severity.low":"Low","severity.info":"Info","check.why":"Why it matters","check.evidence":"Found","check.fix":"How to fix","check.learn_more":"Learn more","check.open_fix":"Open in Home Assistant","check.reason":"Why not assessed","check.override.risk_accepted":"Risk accepted: {reason}","check.override.mitigated":"Mitigated elsewhere: {reason}","check.override.hint":"Accept a risk or mark it mitigated in the card editor.","editor.title":"Title","editor.categories":"Categories","editor.compact":"Compact layout","editor.hide_passed":"Hide passed checks","editor.accepted":"Accepted risks","editor.accepted.help":"Findings you decided about. Risk accepted gives no credit; mitigated elsewhere gives full credit.","editor.accepted.check":"Check","editor.accepted.kind":"Decision","editor.accepted.reason":"Reason","editor.accepted.add":"Add","editor.accepted.remove":"Remove","editor.kind.risk_accepted":"Risk accepted","editor.kind.mitigated":"Mitigated elsewhere","decide.risk_accepted":"Accept risk…","decide.mitigated":"Mitigated elsewhere…","decide.reason.risk_accepted":"Why you accept this risk","decide.reason.mitigated":"Where it is mitigated","decide.save":"Save","decide.cancel":"Cancel","decide.undo":"Undo decision","decide.import":"Import to the server","decide.import_hint":"Only in this card's configuration, so not applied: {decision}. Import it so that every judge (this card, other cards, audit, Repairs) applies it.","decide.failed":"Not saved: {message}"};const Qe=["en","de"],Ze=new Map([["en",Ke]]),Xe=new Map,Ye=Be(We(),We());function et(e){return e?.locale?.language??e?.language??"en"}function tt(e){if(Qe.includes(e))return e;const t=e.split(/[-_]/)[0]??"en";return Qe.includes(t)?t:"en"}let st=import.meta.url;function it(e){st=e}function nt(e,t=e=>fetch(e)){const s=tt(e);if(Ze.has(s))return Promise.resolve(s);let i=Xe.get(s);if(void 0===i){const e=function(e,t=st){const s=new URL(`translations/${e}.json`,t);return s.search=new URL(t).search,s.href}(s);i=(async()=>{try{const i=await t(e);if(!i.ok)throw new Error(`HTTP ${i.status}`);const[n,r]=Ue(await i.json(),Ye);if(void 0!==n)throw new Error("not a table of strings");return Ze.set(s,r),s}catch(e){return console.warn(`security-scorecard-card: ${s} translations unavailable (${e instanceof Error?e.message:"error"}), showing English`),Xe.delete(s),"en"}})(),Xe.set(s,i)}return i}const rt=new Map;function ot(e){const t=tt(e),s=Ze.get(t);if(void 0===s)return ot("en");let i=rt.get(t);return void 0===i&&(i=(e,t)=>{const i=s[e]??Ke[e]??e;return void 0===t?i:i.replace(/\{(\w+)\}/g,(e,s)=>s in t?String(t[s]):e)},rt.set(t,i)),i}let at;const ct=new WeakMap;function dt(e){if(void 0===at)throw new Error("check texts are needed before the engine was loaded");const t=tt(e),s="en"===t?void 0:function(e){return Ze.get(tt(e))}(t);if(void 0===s)return at.english;let i=ct.get(s);return void 0===i&&(i=at.make(t,s),ct.set(s,i)),i}const ht=o`
  :host {
    --ssc-pass: var(--success-color, #43a047);
    --ssc-fail: var(--error-color, #db4437);
    --ssc-warn: var(--warning-color, #ffa600);
    --ssc-muted: var(--secondary-text-color, #727272);
    --ssc-divider: var(--divider-color, rgba(0, 0, 0, 0.12));
    color: var(--primary-text-color, #212121);
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: none;
    padding: 0;
    cursor: pointer;
    text-align: start;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
    border-radius: 4px;
  }
  a {
    color: var(--primary-color, #03a9f4);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    flex: none;
    background: var(--ssc-muted);
  }
  .pass .dot {
    background: var(--ssc-pass);
  }
  .fail .dot {
    background: var(--ssc-fail);
  }
  .warn .dot {
    background: var(--ssc-warn);
  }
  .muted {
    color: var(--ssc-muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`,lt=o`
  ha-card {
    display: block;
    padding: 16px;
    background: var(--card-background-color, #fff);
  }
  h2 {
    margin: 0 0 12px;
    font-size: 1.25em;
    font-weight: 500;
  }
  h3 {
    margin: 16px 0 8px;
    font-size: 1em;
    font-weight: 500;
  }
  .skeleton {
    min-height: 320px;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .bar {
    height: 16px;
    border-radius: 4px;
    background: var(--ssc-divider);
  }
  .bar.big {
    height: 56px;
    width: 40%;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 16px;
  }
  .score {
    font-size: 2.5em;
    font-weight: 600;
    line-height: 1;
  }
  .grade {
    font-size: 1.6em;
    font-weight: 600;
    min-width: 2.2em;
    text-align: center;
    padding: 4px 8px;
    border-radius: 8px;
    border: 2px solid var(--ssc-divider);
  }
  .grade.bad {
    border-color: var(--ssc-fail);
    color: var(--ssc-fail);
  }
  .meta {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.9em;
  }
  .notice {
    margin: 12px 0 0;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--ssc-warn);
    background: var(--secondary-background-color, transparent);
  }
  .notice.stale {
    border-color: var(--ssc-fail);
  }
  ol.fix-next {
    margin: 0;
    padding-inline-start: 20px;
  }
  ol.fix-next li {
    margin: 4px 0;
  }
  .points {
    color: var(--ssc-muted);
    margin-inline-start: 6px;
    font-size: 0.85em;
  }
  .category {
    border-top: 1px solid var(--ssc-divider);
  }
  .category > button {
    display: flex;
    width: 100%;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
    padding: 10px 0;
    min-height: 44px;
  }
  .chevron {
    transition: transform 0.15s;
  }
  [aria-expanded="true"] .chevron {
    transform: rotate(90deg);
  }
  ul.checks {
    list-style: none;
    margin: 0 0 8px;
    padding: 0;
  }
  .compact .score {
    font-size: 1.8em;
  }
`,ut=o`
  :host {
    display: block;
    border-top: 1px solid var(--ssc-divider);
  }
  .row {
    display: flex;
    width: 100%;
    align-items: center;
    gap: 8px;
    padding: 8px 0;
    min-height: 40px;
  }
  .title {
    flex: 1;
  }
  .severity {
    font-size: 0.8em;
    color: var(--ssc-muted);
  }
  .details {
    padding: 0 0 12px 18px;
    font-size: 0.92em;
  }
  .details h4 {
    margin: 8px 0 2px;
    font-size: 0.9em;
    font-weight: 500;
    color: var(--ssc-muted);
  }
  .details p,
  .details ul {
    margin: 0;
  }
  .details ul {
    padding-inline-start: 18px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    margin-top: 8px;
    align-items: center;
  }
  .actions button {
    color: var(--primary-color, #03a9f4);
    text-decoration: underline;
  }
  .override {
    margin-top: 6px;
    font-style: italic;
  }
`;function pt(e,t){return{ok:!1,reason:e,message:t}}function ft(e,t){if("object"==typeof t&&null!==t&&"code"in t){const s=t.code;if("unauthorized"===s)return pt("not_admin",`${e}: administrator access required`);if("unknown_command"===s)return pt("command_unknown",`${e}: this Home Assistant version does not know the command`);if("string"==typeof s&&/^[a-z_]{1,64}$/.test(s))return pt("error",`${e} failed (${s})`)}return pt("error",3===t||3===t?.error?.code?`${e}: connection lost`:`${e} failed`)}function mt(e,t,s=String(t.type)){return gt(s,()=>e.sendMessagePromise(t))}async function gt(e,t){let s;const i=new Promise(t=>{s=setTimeout(()=>t(pt("error",`${e}: no answer within 30 s`)),3e4)});try{const s=t().then(e=>({ok:!0,value:e}),t=>ft(e,t));return await Promise.race([s,i])}catch(t){return ft(e,t)}finally{clearTimeout(s)}}function vt(e,t){return{ok:!0,source:e,value:t}}function yt(e,t,s){return{ok:!1,source:e,reason:t,message:s}}function $t(e,t){const[s,i]=Ue(e,t);if(void 0===s)return{ok:!0,value:i};const n=s.path.map(e=>"number"==typeof e?`[${e}]`:String(e)).join(".").replace(/\.\[/g,"[");return{ok:!1,field:""===n?"(response)":n}}function _t(e,t){return yt(e,"invalid_response",`${e}: unexpected shape at ${t}`)}function bt(e,t,s,i){if(!t.ok)return yt(e,t.reason,t.message);const n=$t(t.value,s);return n.ok?vt(e,i(n.value)):_t(e,n.field)}const wt="security_scorecard/decisions",kt="security_scorecard/decide",At=qe({decisions:Be(We(),qe({kind:Ne(["risk_accepted","mitigated"]),reason:We(),decided_at:De(We())}))});class xt extends Error{constructor(e,t=!1){super(e),this.unsupported=t,this.name="DecisionsError"}}function Et(e,t){if(!t.ok)throw new xt(t.message,"command_unknown"===t.reason);const s=$t(t.value,At);if(!s.ok)throw new xt(`${e}: unexpected shape at ${s.field}`);const i={};for(const[e,t]of Object.entries(s.value.decisions))i[e]={kind:t.kind,reason:t.reason};return i}const St="security-scorecard-card",Ct="security-scorecard-check",Pt="security-scorecard-card-editor",Mt=`custom:${St}`;function Tt(e,t){const s=()=>{customElements.get(e)||customElements.define(e,t)};null===document.querySelector("home-assistant")||customElements.get("home-assistant")?s():customElements.whenDefined("home-assistant").then(s)}class Ut extends ae{constructor(){super(...arguments),this.checkId="",this.override=null,this.pendingImport=null,this.language="en",this.editing=null,this.reason="",this.busy=!1,this.error=null}static{this.styles=[ht,ut]}render(){const e=ot(this.language);return W`<div class="decide">
      ${this.renderBody(e)} ${null!==this.error?W`<p class="notice error" role="alert">${e("decide.failed",{message:this.error})}</p>`:F}
    </div>`}renderBody(e){if(null!==this.override)return W`<button class="undo" ?disabled=${this.busy} @click=${()=>this.send(null)}>${e("decide.undo")}</button>`;if(null!==this.pendingImport){const t=this.pendingImport;return W`<p class="muted import-hint">${e("decide.import_hint",{decision:e(`check.override.${t.kind}`,{reason:t.reason})})}</p>
        <button class="import" ?disabled=${this.busy} @click=${()=>this.send(t)}>${e("decide.import")}</button>`}const t=this.editing;if(null===t)return W`<button class="accept" @click=${()=>this.open("risk_accepted")}>${e("decide.risk_accepted")}</button>
        <button class="mitigated" @click=${()=>this.open("mitigated")}>${e("decide.mitigated")}</button>`;const s=`reason-${this.checkId}`;return W`<form @submit=${e=>this.submit(e,t)}>
      <label for=${s}>${e("risk_accepted"===t?"decide.reason.risk_accepted":"decide.reason.mitigated")}</label>
      <input id=${s} class="reason" maxlength=${200} required .value=${this.reason} @input=${e=>this.reason=e.target.value} />
      <button class="save" type="submit" ?disabled=${this.busy||""===this.reason.trim()}>${e("decide.save")}</button>
      <button class="cancel" type="button" @click=${()=>this.editing=null}>${e("decide.cancel")}</button>
    </form>`}open(e){this.editing=e,this.reason="",this.error=null}submit(e,t){e.preventDefault();const s=this.reason.trim();""!==s&&this.send({kind:t,reason:s})}async send(e){if(void 0!==this.decide&&!this.busy){this.busy=!0,this.error=null;try{await this.decide(this.checkId,e),this.editing=null,this.reason=""}catch(e){this.error=e instanceof Error?e.message:"unknown error"}finally{this.busy=!1}}}}e([le({attribute:!1})],Ut.prototype,"checkId",void 0),e([le({attribute:!1})],Ut.prototype,"override",void 0),e([le({attribute:!1})],Ut.prototype,"pendingImport",void 0),e([le({attribute:!1})],Ut.prototype,"language",void 0),e([le({attribute:!1})],Ut.prototype,"decide",void 0),e([ue()],Ut.prototype,"editing",void 0),e([ue()],Ut.prototype,"reason",void 0),e([ue()],Ut.prototype,"busy",void 0),e([ue()],Ut.prototype,"error",void 0),Tt("security-scorecard-decide",Ut);class Ot extends ae{constructor(){super(...arguments),this.language="en",this.open=!1,this.compact=!1,this.pendingImport=null,this.renderCount=0}static{this.styles=[ht,ut]}willUpdate(e){void 0!==this.view&&(this.dataset.check=this.view.id)}render(){const e=this.view;if(void 0===e)return F;this.renderCount+=1;const t=ot(this.language),s=dt(this.language),i=`d-${e.id}`;return W`
      <button class="row" aria-expanded=${this.open?"true":"false"} aria-controls=${i} @click=${this.toggle}>
        <span class="status ${e.status}"><span class="dot" aria-hidden="true"></span>${t(`status.${e.status}`)}</span>
        <span class="title">${s.heading(e.check,e.status)}</span>
        <span class="severity">${t(`severity.${e.severity}`)}</span>
      </button>
      <div class="details" id=${i} ?hidden=${!this.open}>
        ${this.open?this.renderDetails(e,t,s):F}
      </div>
    `}renderDetails(e,t,s){const i="fail"===e.status||"warn"===e.status;return W`
      ${null!==e.override?W`<p class="override">${t(`check.override.${e.override.kind}`,{reason:e.override.reason})}</p>`:F}
      ${null===e.reason||i?F:W`<h4>${t("check.reason")}</h4><p class="reason">${e.reason}</p>`}
      ${this.compact?F:W`<h4>${t("check.why")}</h4><p>${s.check(e.check,"why")}</p>`}
      ${e.evidence.length>0?W`<h4>${t("check.evidence")}</h4>
            <ul class="evidence">
              ${e.evidence.map(e=>W`<li>${s.evidence(e)}</li>`)}
            </ul>`:F}
      ${i?W`<h4>${t("check.fix")}</h4><p class="fix">${s.check(e.check,"fix")}</p>`:F}
      <div class="actions">
        <a href=${e.check.learnMoreUrl} target="_blank" rel="noopener noreferrer">${t("check.learn_more")}<span class="sr-only"> (${s.heading(e.check,e.status)})</span></a>
        ${i&&void 0!==e.check.fixPath?W`<button class="fix-path" @click=${()=>{return t=e.check.fixPath??"/",history.pushState(null,"",t),void window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}));var t}}>${t("check.open_fix")}</button>`:F}
      </div>
      ${void 0===this.decide||!i&&null===e.override?i&&null===e.override?W`<p class="muted hint">${t("check.override.hint")}</p>`:F:W`<security-scorecard-decide
            .checkId=${e.id}
            .override=${e.override}
            .pendingImport=${this.pendingImport}
            .language=${this.language}
            .decide=${this.decide}
          ></security-scorecard-decide>`}
    `}toggle(){this.open=!this.open,this.dispatchEvent(new CustomEvent("check-toggle",{detail:{id:this.view?.id,open:this.open},bubbles:!0,composed:!0}))}}e([le({attribute:!1})],Ot.prototype,"view",void 0),e([le({attribute:!1})],Ot.prototype,"language",void 0),e([le({type:Boolean,reflect:!0})],Ot.prototype,"open",void 0),e([le({type:Boolean})],Ot.prototype,"compact",void 0),e([le({attribute:!1})],Ot.prototype,"decide",void 0),e([le({attribute:!1})],Ot.prototype,"pendingImport",void 0),Tt(Ct,Ot);const Ht=[{id:"accounts",title:"Accounts & authentication"},{id:"network",title:"Network exposure & transport"},{id:"secrets",title:"Secrets & configuration"},{id:"updates",title:"Updates"},{id:"backups",title:"Backups & recovery"},{id:"host",title:"Host & add-ons"}],jt=Ht.map(e=>e.id),Nt=200,Rt=Ge(We(),"non_blank",e=>""!==e.trim()),zt=qe({id:(It=We(),Lt=/^[a-z0-9]+(?:-[a-z0-9]+)*$/,Ge(It,"pattern",e=>Lt.test(e)||`Expected a ${It.type} matching \`/${Lt.source}/\` but received "${e}"`)),kind:Ne(["risk_accepted","mitigated"]),reason:Je(Rt,1,200)});var It,Lt;const Dt=Le({type:We(),title:De(We()),categories:De(Je(He(Ne(jt)),1,1/0)),compact:De(je()),hide_passed:De(je()),accepted:De(Ge(He(zt),"unique_ids",e=>{const t=new Set;for(const[s,i]of e.entries()){if(t.has(i.id))return`accepted[${s}].id "${i.id}" is listed twice`;t.add(i.id)}return!0})),view_layout:De(Ve()),grid_options:De(Ve()),visibility:De(Ve()),layout_options:De(Ve())});function Bt(e){if("object"!=typeof e||null===e||Array.isArray(e))throw new Error(`${St}: the configuration must be a mapping`);const[t]=Ue(e,Dt);if(void 0!==t)throw new Error(`${St}: ${function(e,t){const s=e.failures()[0]??e,[i,n,r]=s.path,o=`accepted[${String(n)}]`;switch(i){case void 0:return"the configuration must be a mapping";case"type":return"type must be a string";case"title":return"title must be a string";case"categories":return void 0===n?"categories must be a non-empty list":`unknown category "${String(s.value)}" (allowed: ${jt.join(", ")})`;case"compact":case"hide_passed":return`${i} must be true or false`;case"accepted":return void 0===n?"unique_ids"===s.refinement?s.message:"accepted must be a list of {id, kind, reason}":void 0===r?`${o} must be a mapping with id, kind and reason`:"id"===r?`${o}.id must be a check id`:"kind"===r?`${o}.kind must be risk_accepted or mitigated`:"size"===s.refinement&&"string"==typeof s.value&&""!==s.value.trim()?`${o}.reason is longer than 200 characters`:`${o}.reason must be a non-empty string`;default:return i in t?`unknown option "${i}"`:`${i} is invalid`}}(t,e)}`);return e}function Wt(e){const t={};for(const s of e??[])t[s.id]={kind:s.kind,reason:s.reason};return t}function qt(e){return new Set(e.categories??Ht.map(e=>e.id))}function Ft(){return{schema:[{name:"title",selector:{text:{}}},{name:"categories",selector:{select:{multiple:!0,options:Ht.map(e=>({value:e.id,label:e.title}))}}},{name:"compact",selector:{boolean:{}}},{name:"hide_passed",selector:{boolean:{}}}],computeLabel:e=>{const t=ot("en");return{title:t("editor.title"),categories:t("editor.categories"),compact:t("editor.compact"),hide_passed:t("editor.hide_passed")}[e.name]}}}class Vt{constructor(e){this.deps=e,this.source={kind:"card"},this.local={}}setLocal(e){this.local=e}get current(){return this.source}applied(){const e=this.source;return"server"===e.kind?{...e.decisions}:"card"===e.kind?{...this.local}:{}}get editable(){return"server"===this.source.kind&&void 0!==this.deps.decide}importable(e){const t=this.source;return"server"!==t.kind||void 0!==t.decisions[e]?null:this.local[e]??null}get syncable(){return"unknown"!==this.source.kind}async refresh(e,t){const s=this.deps.readDecisions;if(void 0!==s&&t)try{this.source={kind:"server",decisions:await s(e)}}catch(e){this.source=!0===e.unsupported?{kind:"card"}:{kind:"unknown",message:e instanceof Error?e.message:"unknown error"}}else this.source={kind:"card"}}async decide(e,t,s){if(!this.editable||void 0===this.deps.decide)throw new Error("decisions are kept by the Security Scorecard integration, which is not loaded");this.source={kind:"server",decisions:await this.deps.decide(e,t,s)}}}function Jt(e){const t=new Map,s=e.states??{};for(const i in s)if(i.startsWith("update.")){const n=s[i];void 0!==n&&t.set(i,{state:n,platform:e.entities?.[i]?.platform})}return t}const Gt=["user_added","user_updated","user_removed"];class Kt{constructor(e,t){this.onChange=e,this.deps=t,this.state={kind:"loading"},this.connected=!1,this.overrides={},this.updates=new Map,this.unsubs=[],this.listeners=[],this.generation=0,this.collecting=null,this.wanted=null,this.pendingServer=void 0,this.overdue=!1,this.lastSync=null,this.decisions=new Vt(t)}setHass(e){const t=this.hass;this.hass=e,this.connected&&(void 0!==t&&t.connection===e.connection&&Qt(t)===Qt(e)?(Xt(t)!==Xt(e)&&this.refresh("all"),this.checkUpdates()):this.restart())}setOverrides(e){this.overrides=e,this.decisions.setLocal(e),"ready"===this.state.kind&&this.show(this.state.facts)}async decide(e,t){const s=this.conn;if(void 0===s)throw new Error("not connected");await this.decisions.decide(s,e,t),"ready"===this.state.kind&&this.show(this.state.facts)}connect(){this.connected||(this.connected=!0,void 0!==this.hass&&this.restart())}disconnect(){this.connected=!1,this.teardown()}retry(){this.refresh()}restart(){this.teardown();const e=this.hass;if(void 0===e)return;if(!Qt(e))return this.state={kind:"not_admin"},void this.onChange();const t=e.connection;this.conn=t;const s=this.generation,i=(e,i)=>{const n=()=>{s===this.generation&&i()};t.addEventListener(e,n),this.listeners.push(()=>t.removeEventListener(e,n))};i("disconnected",()=>this.markStale()),i("ready",()=>{this.refresh()}),this.unsubs.push(Yt(t.subscribeEvents(()=>{this.refresh(["config"])},"core_config_updated")));for(const e of Gt)this.unsubs.push(Yt(t.subscribeEvents(()=>{this.refresh(["users"])},e)));if(Zt(e)){let e;this.serverLatest=new Promise((t,s)=>e={resolve:t,reject:s}),this.serverLatest.catch(()=>{});const i=t.subscribeMessage(t=>{s===this.generation&&(this.serverLatest=Promise.resolve(t),e.resolve(t),this.onServerFacts(t))},{type:"security_scorecard/subscribe"});i.catch(t=>e.reject(t)),this.unsubs.push(Yt(i))}this.startTimer(),this.updates=Jt(e),this.refresh()}teardown(){this.generation+=1;for(const e of this.listeners)e();this.listeners=[];for(const e of this.unsubs)e.then(e=>e?.()).catch(()=>{});this.unsubs=[],clearTimeout(this.syncTimer),clearInterval(this.refreshTimer),this.stopVisibility?.(),this.collecting=null,this.wanted=null,this.pendingServer=void 0,this.serverLatest=void 0}startTimer(){const e=Math.max(6e4,this.deps.refreshMs),t=()=>void 0===this.hass?Promise.resolve():this.refresh(function(e){const t=["cloud","backup","supervisor"];return Zt(e)||t.push("current_user","own_tokens"),t}(this.hass));if(this.refreshTimer=setInterval(()=>{"undefined"!=typeof document&&document.hidden?this.overdue=!0:t()},e),"undefined"!=typeof document){const e=()=>{!document.hidden&&this.overdue&&t()};document.addEventListener("visibilitychange",e),this.stopVisibility=()=>document.removeEventListener("visibilitychange",e)}}refresh(e="all"){const t=this.wanted;return this.wanted="all"===e||"all"===t?"all":new Set([...t??[],...e]),null!==this.collecting||(this.collecting=(async()=>{do{const e=this.wanted??"all";this.wanted=null,await this.collectOnce(e)}while(null!==this.wanted&&this.connected)})().finally(()=>{this.collecting=null})),this.collecting}async collectOnce(e){const t=this.hass,s=this.conn;if(void 0===t||void 0===s)return;const i=this.generation;this.overdue=!1;const n="all"!==e&&"ready"===this.state.kind?this.state.facts:null,r=this.decisions.refresh(s,Zt(t));let o,a;try{a=this.engine??=await this.deps.engine();const i=this.serverLatest,r={isAdmin:!0,components:t.config?.components??[],entities:a.hassEntities(()=>this.hass??t),...i?{serverFacts:()=>i}:{}};if(null===n||"all"===e)o=await this.deps.collect(s,r);else{const t=[...e],i=this.deps.now(),c=0===t.length?n:await this.deps.collect(s,{...r,only:t,now:()=>i});o=a.mergeFacts(n,c,t,i)}}catch(e){if(i!==this.generation)return;return void("ready"===this.state.kind?this.markStale():(this.state={kind:"error",message:e instanceof Error?e.message.split("\n")[0]??"":"unknown error"},this.onChange()))}await r,i===this.generation&&(!1!==s.connected?(void 0!==this.pendingServer&&(o=a.mergeServerFacts(o,this.pendingServer),this.pendingServer=void 0),this.updates=Jt(this.hass??t),this.show(o,!1)):this.markStale())}onServerFacts(e){"ready"===this.state.kind&&null===this.collecting&&void 0!==this.engine?this.show(this.engine.mergeServerFacts(this.state.facts,e)):this.pendingServer=e}checkUpdates(){const e=this.hass;if(void 0===e||"ready"!==this.state.kind||void 0===this.engine)return;const t=Jt(e);(function(e,t){if(e.size!==t.size)return!0;for(const[s,i]of t){const t=e.get(s);if(void 0===t||t.state!==i.state||t.platform!==i.platform)return!0}return!1})(this.updates,t)&&(this.updates=t,this.show(this.engine.patchUpdates(this.state.facts,e)))}markStale(){"ready"!==this.state.kind||this.state.stale||(this.state={...this.state,stale:!0},this.onChange())}show(e,t="ready"===this.state.kind&&this.state.stale){const s=this.deps.evaluate(e,{now:this.deps.now(),overrides:this.decisions.applied()}),i=function(e,t){const s=new Map;for(const i of e.categories)for(const e of i.checks){const i=e.result.reason??null,n=JSON.stringify([e.status,e.severity,e.result.evidence,i,e.override]),r=t.get(e.check.id);s.set(e.check.id,void 0!==r&&r.key===n&&r.check===e.check?r:{id:e.check.id,check:e.check,status:e.status,severity:e.severity,evidence:e.result.evidence,reason:i,override:e.override,key:n})}return s}(s,"ready"===this.state.kind?this.state.views:new Map);this.state={kind:"ready",facts:e,scorecard:s,views:i,stale:t,backendAbsent:es(e,s)},this.onChange(),this.scheduleSync()}scheduleSync(){const e=this.hass;void 0!==e&&Qt(e)&&Zt(e)&&(clearTimeout(this.syncTimer),this.syncTimer=setTimeout(()=>{this.sync()},this.deps.syncDelayMs))}async sync(){const e=this.conn;if("ready"!==this.state.kind||void 0===e||this.state.stale)return;if(!this.state.facts.accounts.ok&&"backend_absent"===this.state.facts.accounts.reason)return;if(!this.decisions.syncable)return;const t=this.engine;if(void 0===t)return;const s=t.syncPayload(this.state.scorecard);if(!(null===s||null!==this.lastSync&&t.sameFindings(this.lastSync,s)))try{await e.sendMessagePromise({type:"security_scorecard/sync",...s}),this.lastSync=s}catch{}}}function Qt(e){return!0===e.user?.is_admin}function Zt(e){return!0===e.config?.components?.includes("security_scorecard")}function Xt(e){return(e.config?.components??[]).join(",")}function Yt(e){return e.catch(()=>{})}function es(e,t){const s=t=>{const s=e[t];return!s.ok&&"backend_absent"===s.reason};let i=0;for(const e of t.categories)for(const t of e.checks){const e=new Set(t.check.optional??[]);"not_assessed"===t.status&&t.check.needs.some(t=>!e.has(t)&&s(t))&&(i+=1)}return i}let ts,ss;function is(){return ts??=import("./security-scorecard-engine-BaXuGyic.js").then(e=>{var t;return t={english:e.ENGLISH_TEXTS,make:e.makeTexts},at=t,ss=e})}const ns={engine:is,collect:async(e,t)=>(await is()).collectFacts(e,t),evaluate:(e,t)=>{if(void 0===ss)throw new Error("evaluate before the engine was loaded");return ss.evaluate(e,t)},now:()=>new Date,syncDelayMs:5e3,refreshMs:3e5,readDecisions:e=>async function(e){return Et(wt,await mt(e,{type:wt}))}(e),decide:(e,t,s)=>async function(e,t,s){const i=`${kt} ${t}`,n={type:kt,check_id:t,decision:null===s?null:{kind:s.kind,reason:s.reason}};let r=null;const o=await gt(i,()=>e.sendMessagePromise(n).catch(e=>{throw r=function(e){if("object"!=typeof e||null===e)return null;const{code:t,message:s}=e;return"invalid_format"!==t||"string"!=typeof s?null:s.replace(/\s+/g," ").trim().slice(0,200)||null}(e),e}));if(!o.ok&&null!==r)throw new xt(`${i} refused: ${r}`);return Et(i,o)}(e,t,s)};export{F as A,We as B,Mt as C,ns as D,Pt as E,qe as F,Re as G,De as H,Ne as I,Fe as J,$t as K,vt as L,Nt as M,_t as N,yt as O,Ve as P,mt as Q,pt as R,Kt as S,Ge as T,Be as U,bt as V,gt as W,e as _,Ft as a,nt as b,lt as c,ot as d,W as e,dt as f,qt as g,ke as h,ae as i,Ct as j,Tt as k,et as l,St as m,it as n,Wt as o,o as p,Ht as q,ue as r,ht as s,le as t,Le as u,Bt as v,He as w,ze as x,je as y,Ie as z};
